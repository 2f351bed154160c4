package io.wasmfit.matrix;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks catalog files. Every rule a file must follow is here, and every violation is a
 * {@link CatalogException} at the line and column of the offending key or value.
 */
final class CatalogReader {

    static final String OTHERS = "others";

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern JAVA_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");
    private static final Pattern COORDINATE = Pattern.compile("[A-Za-z0-9_.*-]+:[A-Za-z0-9_.*-]+");
    private static final List<String> FILE_KEYS = List.of("source", "asOf", "category", "entries");
    private static final List<String> ENTRY_KEYS = List.of("id", "name", "category", "coordinates", "packages",
            "artifact", "verdicts", "reason", "replacement", "spinFeatures", "points", "blocker", "link");

    private CatalogReader() {
    }

    /** An entry with where it was read, for messages about conflicts with other entries. */
    record Parsed(CatalogEntry entry, String file, Yaml.Pos pos, Map<String, Yaml.Pos> claims, Yaml.Pos artifactPos) {
        String where() {
            return file + ":" + pos.line();
        }
    }

    record ParsedFile(List<Parsed> entries, Provenance provenance) {
    }

    static ParsedFile parse(String text, String file, Set<String> featureIds) throws CatalogException {
        Yaml.Fields top = new Yaml.Fields(Yaml.parse(text, file), file, "the catalog file", FILE_KEYS);
        Provenance provenance = Provenance.read(top, file);
        String defaultCategory = null;
        if (top.has("category")) {
            Yaml.Field f = top.field("category");
            defaultCategory = kebab(top.text(f), f.value().pos(), file, "category");
        }
        List<Parsed> entries = new ArrayList<>();
        for (Yaml.Node node : top.requiredList("entries")) {
            entries.add(entry(node, file, defaultCategory, featureIds));
        }
        return new ParsedFile(entries, provenance);
    }

    private static Parsed entry(Yaml.Node node, String file, String defaultCategory, Set<String> featureIds)
            throws CatalogException {
        String rawId = Yaml.idOf(node);
        Yaml.Fields f = new Yaml.Fields(node, file, rawId == null ? "an entry" : "entry '" + rawId + "'", ENTRY_KEYS);
        Yaml.Field idField = f.required("id");
        String id = kebab(f.text(idField), idField.value().pos(), file, "entry id");
        Map<String, Yaml.Pos> claims = new LinkedHashMap<>();
        claims.put("id '" + id + "'", idField.value().pos());

        String category = defaultCategory;
        if (f.has("category")) {
            Yaml.Field c = f.field("category");
            category = kebab(f.text(c), c.value().pos(), file, "category");
        } else if (category == null) {
            f.required("category");
        }

        List<String> coordinates = new ArrayList<>();
        for (Yaml.Located c : f.texts("coordinates")) {
            if (!COORDINATE.matcher(c.text()).matches()) {
                throw Yaml.error(file, c.pos(), "coordinates '" + c.text() + "' must be groupId:artifactId"
                        + " (no version; * matches any characters)");
            }
            if (coordinates.isEmpty() && c.text().contains("*")) {
                throw Yaml.error(file, c.pos(), "the first coordinates of entry '" + id + "' name the library in"
                        + " reports and must be exact, not the pattern '" + c.text() + "'");
            }
            coordinates.add(c.text());
            claims.put("coordinates '" + c.text() + "'", c.pos());
        }
        List<String> packages = new ArrayList<>();
        for (Yaml.Located p : f.texts("packages")) {
            if (!JAVA_NAME.matcher(p.text()).matches()) {
                throw Yaml.error(file, p.pos(), "package '" + p.text() + "' must be a Java package or type name,"
                        + " like com.fasterxml.jackson.databind or java.lang.Thread");
            }
            packages.add(p.text());
            claims.put("package '" + p.text() + "'", p.pos());
        }
        String artifact = null;
        Yaml.Pos artifactPos = null;
        if (f.has("artifact")) {
            Yaml.Field a = f.field("artifact");
            artifact = f.text(a);
            artifactPos = a.value().pos();
            if (!COORDINATE.matcher(artifact).matches() || artifact.contains("*")) {
                throw Yaml.error(file, artifactPos, "artifact '" + artifact + "' must be exact groupId:artifactId coordinates");
            }
            if (packages.isEmpty()) {
                throw Yaml.error(file, f.pos(), "entry '" + id + "' is part of " + artifact + ", so it needs 'packages' to tell it apart");
            }
        }
        if (coordinates.isEmpty() && packages.isEmpty()) {
            throw Yaml.error(file, f.pos(), "entry '" + id + "' needs 'coordinates' or 'packages' (or both) to be found");
        }

        Map<TargetLanguage, LibraryVerdict> verdicts = verdicts(f, file);

        List<String> spinFeatures = new ArrayList<>();
        for (Yaml.Located feature : f.texts("spinFeatures")) {
            if (!featureIds.contains(feature.text())) {
                throw Yaml.error(file, feature.pos(), "unknown Spin feature '" + feature.text() + "' (known: "
                        + String.join(", ", featureIds.stream().sorted().toList()) + ")");
            }
            spinFeatures.add(feature.text());
        }
        String replacement = f.optionalText("replacement");
        if (replacement == null && verdicts.containsValue(LibraryVerdict.REPLACEABLE)) {
            throw Yaml.error(file, f.field("verdicts").keyPos(), "entry '" + id + "' is replaceable for some target,"
                    + " so it must name the 'replacement'");
        }

        Integer points = f.optionalInt("points");
        if (points != null && (points > 0 || points < -100)) {
            throw Yaml.error(file, f.field("points").value().pos(), "'points' must be between -100 and 0, not " + points);
        }
        String link = f.optionalText("link");
        if (link != null && !link.startsWith("https://") && !link.startsWith("http://")) {
            throw Yaml.error(file, f.field("link").value().pos(), "'link' must be an http(s) URL, not '" + link + "'");
        }

        CatalogEntry entry = new CatalogEntry(id, f.requiredText("name"), category, coordinates, packages, verdicts,
                f.requiredText("reason"), replacement, spinFeatures, points, f.optionalBoolean("blocker", false), link,
                artifact);
        return new Parsed(entry, file, f.pos(), claims, artifactPos);
    }

    private static Map<TargetLanguage, LibraryVerdict> verdicts(Yaml.Fields f, String file) throws CatalogException {
        Map<TargetLanguage, LibraryVerdict> verdicts = new EnumMap<>(TargetLanguage.class);
        LibraryVerdict others = null;
        for (Yaml.Field cell : f.requiredMapping("verdicts")) {
            LibraryVerdict verdict;
            String text = f.text(cell);
            try {
                verdict = LibraryVerdict.fromKey(text.toLowerCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw Yaml.error(file, cell.value().pos(), e.getMessage());
            }
            if (cell.key().equals(OTHERS)) {
                others = verdict;
                continue;
            }
            try {
                verdicts.put(TargetLanguage.fromKey(cell.key()), verdict);
            } catch (IllegalArgumentException e) {
                throw Yaml.error(file, cell.keyPos(), e.getMessage().replace("(expected one of: ", "(expected one of: others, "));
            }
        }
        if (others != null) {
            for (TargetLanguage t : TargetLanguage.values()) {
                verdicts.putIfAbsent(t, others);
            }
        }
        return verdicts;
    }

    private static String kebab(String text, Yaml.Pos pos, String file, String what) throws CatalogException {
        if (!KEBAB.matcher(text).matches()) {
            throw Yaml.error(file, pos, what + " '" + text + "' must be kebab-case (lower-case letters, digits and dashes)");
        }
        return text;
    }

    /**
     * Who owns each id, package prefix and coordinate: a second claim within one catalog is an
     * error that names both places.
     */
    static final class Claims {
        private final Map<String, Parsed> owners = new HashMap<>();
        private final List<Parsed> partsOfJars = new ArrayList<>();

        /** Every {@code artifact} named so far must be the exact coordinates of some entry. */
        void requireKnownArtifacts(LookupIndex index) throws CatalogException {
            for (Parsed p : partsOfJars) {
                String[] ga = p.entry().artifact().split(":");
                if (index.forCoordinates(ga[0], ga[1]).filter(e -> e.coordinates().contains(p.entry().artifact())).isEmpty()) {
                    throw Yaml.error(p.file(), p.artifactPos(), "artifact '" + p.entry().artifact() + "' of entry '"
                            + p.entry().id() + "' is not the coordinates of any entry; add an entry for that jar first");
                }
            }
        }

        void add(Parsed parsed) throws CatalogException {
            if (parsed.entry().artifact() != null) {
                partsOfJars.add(parsed);
            }
            for (Map.Entry<String, Yaml.Pos> claim : parsed.claims().entrySet()) {
                Parsed owner = owners.putIfAbsent(claim.getKey(), parsed);
                if (owner != null && owner != parsed) {
                    String problem = claim.getKey().startsWith("id ")
                            ? "duplicate " + claim.getKey() + " (also at " + owner.where() + ")"
                            : claim.getKey() + " is already claimed by entry '" + owner.entry().id() + "' ("
                                    + owner.where() + "); each belongs to one entry";
                    throw Yaml.error(parsed.file(), claim.getValue(), problem);
                }
            }
        }
    }
}
