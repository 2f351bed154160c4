package io.wasmfit.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The Java library catalog: Maven coordinates and packages → Wasm verdict and Spin replacement. */
public final class LibraryCatalog {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static volatile LibraryCatalog builtIn;

    private final List<CatalogEntry> entries;
    private final Map<String, CatalogEntry> byPrefix = new HashMap<>();
    private final Map<String, CatalogEntry> byCoordinates = new HashMap<>();
    private final String source;
    private final String asOf;

    private LibraryCatalog(List<CatalogEntry> entries, String source, String asOf) {
        this.entries = List.copyOf(entries);
        this.source = source;
        this.asOf = asOf;
        for (CatalogEntry e : entries) {
            e.packages().forEach(p -> byPrefix.put(p, e));
            e.coordinates().forEach(c -> byCoordinates.put(c, e));
        }
    }

    public static LibraryCatalog builtIn() {
        if (builtIn == null) {
            try (InputStream in = LibraryCatalog.class.getResourceAsStream("catalog.yaml")) {
                builtIn = parse(YAML.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return builtIn;
    }

    public static LibraryCatalog load(Path yamlFile) throws CatalogException {
        try {
            return parse(YAML.readTree(yamlFile.toFile()));
        } catch (IOException e) {
            throw new CatalogException(yamlFile + ": " + e.getMessage(), e);
        }
    }

    public LibraryCatalog withEntriesFrom(Path userFile) throws CatalogException {
        Map<String, CatalogEntry> merged = new java.util.LinkedHashMap<>();
        entries.forEach(e -> merged.put(e.id(), e));
        load(userFile).entries.forEach(e -> merged.put(e.id(), e));
        return new LibraryCatalog(new ArrayList<>(merged.values()), source, asOf);
    }

    private static LibraryCatalog parse(JsonNode root) {
        List<CatalogEntry> entries = new ArrayList<>();
        for (JsonNode n : root.path("libraries")) {
            Map<TargetLanguage, LibraryVerdict> verdicts = new EnumMap<>(TargetLanguage.class);
            n.path("verdicts").fields().forEachRemaining(v ->
                    verdicts.put(TargetLanguage.fromKey(v.getKey()), LibraryVerdict.fromKey(v.getValue().asText())));
            entries.add(new CatalogEntry(n.path("id").asText(), n.path("name").asText(), n.path("category").asText(),
                    texts(n.path("coordinates")), texts(n.path("packages")), verdicts, n.path("reason").asText(null),
                    n.path("replacement").asText(null), texts(n.path("spinFeatures")),
                    n.has("points") ? n.path("points").asInt() : null, n.path("blocker").asBoolean(false),
                    n.path("link").asText(null)));
        }
        return new LibraryCatalog(entries, root.path("source").asText(""), root.path("asOf").asText(""));
    }

    private static List<String> texts(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }

    public Optional<CatalogEntry> forType(String fqn) {
        String name = fqn;
        while (true) {
            CatalogEntry e = byPrefix.get(name);
            if (e != null) {
                return Optional.of(e);
            }
            int dot = name.lastIndexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            name = name.substring(0, dot);
        }
    }

    public Optional<CatalogEntry> forCoordinates(String groupId, String artifactId) {
        return Optional.ofNullable(byCoordinates.get(groupId + ":" + artifactId));
    }

    public List<CatalogEntry> entries() {
        return entries;
    }

    public String source() {
        return source;
    }

    public String asOf() {
        return asOf;
    }
}
