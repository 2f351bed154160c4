package io.wasmfit.matrix;

import java.util.List;
import java.util.Map;

/** A library or JDK area and whether it has a Wasm path, per target language. */
public record CatalogEntry(String id, String name, String category, List<String> coordinates, List<String> packages,
                           Map<TargetLanguage, LibraryVerdict> verdicts, String reason, String replacement,
                           List<String> spinFeatures, Integer points, boolean blocker, String link) {

    public LibraryVerdict verdict(TargetLanguage t) {
        return verdicts.getOrDefault(t, LibraryVerdict.UNKNOWN);
    }

    public String library() {
        if (!coordinates.isEmpty()) {
            return coordinates.get(0);
        }
        return "jdk:" + (packages.isEmpty() ? id : packages.get(0));
    }
}
