package io.wasmfit.matrix;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What wasmfit knows about one Java library or JDK area: how it is recognised (Maven coordinates,
 * package or type prefixes) and whether a satellite in each target language can keep it, replace
 * it with a Spin API, or must do without it.
 *
 * @param id           stable kebab-case id; a user's catalog replaces the entry with the same id
 * @param name         display name, e.g. "Jackson Databind"
 * @param category     kebab-case category, e.g. {@code json}
 * @param coordinates  {@code groupId:artifactId}, {@code *} allowed as a wildcard after the first;
 *                     empty for JDK areas
 * @param packages     package or type prefixes, e.g. {@code com.fasterxml.jackson.databind} or
 *                     {@code java.lang.Thread}
 * @param verdicts     verdict per target; a missing target is {@link LibraryVerdict#UNKNOWN}
 * @param reason       why, in one sentence
 * @param replacement  the Spin API that does the job instead, or null
 * @param spinFeatures the language-matrix feature ids of that replacement, possibly empty
 * @param points       the score penalty to give instead of the verdict's default, or null
 * @param blocker      true when a component cannot use it at all until the code is redesigned
 * @param link         where to read more, or null
 * @param artifact     for a part of a jar that another entry owns (e.g. RestTemplate inside
 *                     spring-web), that jar's {@code groupId:artifactId}; otherwise null
 */
public record CatalogEntry(String id, String name, String category, List<String> coordinates, List<String> packages,
        Map<TargetLanguage, LibraryVerdict> verdicts, String reason, String replacement, List<String> spinFeatures,
        Integer points, boolean blocker, String link, String artifact) {

    public CatalogEntry {
        coordinates = List.copyOf(coordinates);
        packages = List.copyOf(packages);
        spinFeatures = List.copyOf(spinFeatures);
        verdicts = verdicts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(verdicts));
    }

    /** The verdict for a target; {@link LibraryVerdict#UNKNOWN} when the entry does not say. */
    public LibraryVerdict verdict(TargetLanguage target) {
        return verdicts.getOrDefault(target, LibraryVerdict.UNKNOWN);
    }

    /**
     * How reports name it: the jar it is part of, else its first coordinates
     * ({@code group:artifact}), else {@code jdk:<first package>} for a JDK area.
     */
    public String library() {
        if (artifact != null) {
            return artifact;
        }
        return coordinates.isEmpty() ? "jdk:" + packages.get(0) : coordinates.get(0);
    }

    /** True for JDK areas, which have no Maven coordinates. */
    public boolean isJdk() {
        return coordinates.isEmpty() && artifact == null;
    }
}
