package io.wasmfit.matrix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Java library catalog: Maven coordinates and package prefixes → {@link CatalogEntry}. The
 * built-in data is one YAML file per category under {@code catalog/}, listed in
 * {@code catalog/index.yaml}; users add or replace entries with a file of their own
 * ({@code docs/catalog.md}). Instances are immutable and safe to share between threads.
 */
public final class LibraryCatalog {

    static final String INDEX = "catalog/index.yaml";

    private final List<CatalogEntry> entries;
    private final LookupIndex index;
    private final Provenance provenance;

    private LibraryCatalog(List<CatalogEntry> entries, LookupIndex index, Provenance provenance) {
        this.entries = List.copyOf(entries);
        this.index = index;
        this.provenance = provenance;
    }

    /** The catalog shipped with wasmfit, read once. */
    public static LibraryCatalog builtIn() {
        return BuiltIn.CATALOG;
    }

    /** A catalog made of one YAML file alone (without the built-in entries). */
    public static LibraryCatalog load(Path yamlFile) throws CatalogException {
        return of(List.of(read(Resources.read(yamlFile), yamlFile.toString())));
    }

    /**
     * This catalog plus a user's file: an entry whose id is already here replaces it in place,
     * others are added at the end, and the user's entries take over any package prefix or
     * coordinates they name.
     */
    public LibraryCatalog withEntriesFrom(Path userFile) throws CatalogException {
        CatalogReader.ParsedFile user = read(Resources.read(userFile), userFile.toString());
        CatalogReader.Claims claims = new CatalogReader.Claims();
        Map<String, CatalogEntry> userEntries = new LinkedHashMap<>();
        for (CatalogReader.Parsed parsed : user.entries()) {
            claims.add(parsed);
            userEntries.put(parsed.entry().id(), parsed.entry());
        }
        List<CatalogEntry> merged = new ArrayList<>();
        LookupIndex mergedIndex = new LookupIndex();
        for (CatalogEntry entry : entries) {
            CatalogEntry replacement = userEntries.remove(entry.id());
            merged.add(replacement == null ? entry : replacement);
            if (replacement == null) {
                mergedIndex.put(entry);
            }
        }
        merged.addAll(userEntries.values());
        user.entries().forEach(p -> mergedIndex.put(p.entry()));
        claims.requireKnownArtifacts(mergedIndex);
        return new LibraryCatalog(merged, mergedIndex, Provenance.merge(List.of(provenance, user.provenance())));
    }

    /**
     * The entry for a type, by the longest package or type prefix that matches whole name segments
     * ({@code java.lang.Thread} matches {@code java.lang.Thread} and {@code java.lang.Thread.State},
     * not {@code java.lang.ThreadLocal}). Nested types may use {@code .} or {@code $}.
     */
    public Optional<CatalogEntry> forType(String fullyQualifiedTypeName) {
        return index.forType(fullyQualifiedTypeName);
    }

    /**
     * The entry for a Maven artifact: exact coordinates first, then the most specific wildcard
     * pattern such as {@code org.springframework.boot:spring-boot-starter-data-*}.
     */
    public Optional<CatalogEntry> forCoordinates(String groupId, String artifactId) {
        return index.forCoordinates(groupId, artifactId);
    }

    /** Every entry, built-in files in index order, then a user's new entries. */
    public List<CatalogEntry> entries() {
        return entries;
    }

    public Optional<CatalogEntry> entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The pages the verdicts were taken from, separated by spaces. */
    public String source() {
        return provenance.source();
    }

    public List<String> sources() {
        return provenance.sources();
    }

    /** The oldest {@code asOf} date of the files that make up this catalog (ISO, e.g. 2026-11-27). */
    public String asOf() {
        return provenance.asOf().toString();
    }

    private static CatalogReader.ParsedFile read(String text, String file) throws CatalogException {
        Set<String> featureIds = LanguageMatrix.builtIn().features().stream().map(Feature::id).collect(Collectors.toSet());
        return CatalogReader.parse(text, file, featureIds);
    }

    /** One catalog from several files; a second claim of an id, package or coordinates is an error. */
    private static LibraryCatalog of(List<CatalogReader.ParsedFile> files) throws CatalogException {
        CatalogReader.Claims claims = new CatalogReader.Claims();
        List<CatalogEntry> entries = new ArrayList<>();
        LookupIndex index = new LookupIndex();
        for (CatalogReader.ParsedFile file : files) {
            for (CatalogReader.Parsed parsed : file.entries()) {
                claims.add(parsed);
                entries.add(parsed.entry());
                index.put(parsed.entry());
            }
        }
        claims.requireKnownArtifacts(index);
        return new LibraryCatalog(entries, index, Provenance.merge(files.stream().map(CatalogReader.ParsedFile::provenance).toList()));
    }

    /** Lazily loads the built-in files once, on first use. */
    private static final class BuiltIn {
        static final LibraryCatalog CATALOG = load();

        private static LibraryCatalog load() {
            try {
                Yaml.Fields index = new Yaml.Fields(Yaml.parse(Resources.builtIn(INDEX), Resources.label(INDEX)),
                        Resources.label(INDEX), "the catalog index", List.of("files"));
                List<CatalogReader.ParsedFile> files = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (Yaml.Located name : index.texts("files")) {
                    if (seen.add(name.text())) {
                        String resource = "catalog/" + name.text();
                        files.add(read(Resources.builtIn(resource), Resources.label(resource)));
                    }
                }
                return of(files);
            } catch (CatalogException e) {
                throw new IllegalStateException("wasmfit's built-in library catalog is invalid: " + e.getMessage(), e);
            }
        }
    }
}
