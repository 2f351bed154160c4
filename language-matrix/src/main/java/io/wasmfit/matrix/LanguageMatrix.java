package io.wasmfit.matrix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which Spin features each satellite language can use: Spin's language support matrix for Rust,
 * TypeScript/JS, Python and TinyGo, plus Java through TeaVM and the WAGI executor. The data lives
 * in {@code language-matrix.yaml}; updating it needs no code change.
 */
public final class LanguageMatrix {

    static final String RESOURCE = "language-matrix.yaml";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> TOP_KEYS = List.of("source", "asOf", "features", "languages");
    private static final List<String> FEATURE_KEYS = List.of("id", "name", "kind", "plugin", "link", "note");
    private static final List<String> LANGUAGE_KEYS = List.of("id", "name", "sdk", "link", "note", "support", "notes");

    private final List<Feature> features;
    private final Map<String, Feature> featuresById;
    private final List<Language> languages;
    private final Map<TargetLanguage, Language> byTarget;
    private final Provenance provenance;

    private LanguageMatrix(List<Feature> features, List<Language> languages, Provenance provenance) {
        this.features = List.copyOf(features);
        this.languages = List.copyOf(languages);
        this.provenance = provenance;
        this.featuresById = new HashMap<>();
        features.forEach(f -> featuresById.put(f.id(), f));
        this.byTarget = new EnumMap<>(TargetLanguage.class);
        languages.forEach(l -> byTarget.put(l.target(), l));
    }

    /** The matrix shipped with wasmfit, read once. */
    public static LanguageMatrix builtIn() {
        return BuiltIn.MATRIX;
    }

    /** A matrix from a YAML file in the same format as the built-in one. */
    public static LanguageMatrix load(Path yamlFile) throws CatalogException {
        return parse(Resources.read(yamlFile), yamlFile.toString());
    }

    public List<Language> languages() {
        return languages;
    }

    public Optional<Language> language(TargetLanguage target) {
        return Optional.ofNullable(byTarget.get(target));
    }

    public List<Feature> features() {
        return features;
    }

    public Optional<Feature> feature(String featureId) {
        return Optional.ofNullable(featuresById.get(featureId));
    }

    /**
     * How well {@code lang} supports the feature; a language absent from the matrix is
     * {@link Support#UNKNOWN}.
     *
     * @throws IllegalArgumentException when the feature id is not in the matrix (a typo in code)
     */
    public Support support(TargetLanguage lang, String featureId) {
        requireFeature(featureId);
        Language language = byTarget.get(lang);
        return language == null ? Support.UNKNOWN : language.support(featureId);
    }

    /** True only when the matrix says {@link Support#SUPPORTED}; unknown is not support. */
    public boolean supports(TargetLanguage lang, String featureId) {
        return support(lang, featureId) == Support.SUPPORTED;
    }

    /** The languages that support the feature, in matrix order. */
    public List<TargetLanguage> languagesSupporting(String featureId) {
        requireFeature(featureId);
        return languages.stream().filter(l -> l.support(featureId) == Support.SUPPORTED).map(Language::target).toList();
    }

    /** The pages the data was taken from, separated by spaces. */
    public String source() {
        return provenance.source();
    }

    public List<String> sources() {
        return provenance.sources();
    }

    /** The date the data was last checked against its sources (ISO, e.g. 2026-11-27). */
    public String asOf() {
        return provenance.asOf().toString();
    }

    private void requireFeature(String featureId) {
        if (!featuresById.containsKey(featureId)) {
            throw new IllegalArgumentException("unknown Spin feature id '" + featureId + "' (known: "
                    + String.join(", ", featuresById.keySet().stream().sorted().toList()) + ")");
        }
    }

    static LanguageMatrix parse(String text, String file) throws CatalogException {
        Yaml.Fields top = new Yaml.Fields(Yaml.parse(text, file), file, "the matrix file", TOP_KEYS);
        Provenance provenance = Provenance.read(top, file);

        List<Feature> features = new ArrayList<>();
        Map<String, Feature> featureIds = new LinkedHashMap<>();
        for (Yaml.Node node : top.requiredList("features")) {
            Feature feature = readFeature(node, file);
            if (featureIds.putIfAbsent(feature.id(), feature) != null) {
                throw Yaml.error(file, node.pos(), "duplicate feature id '" + feature.id() + "'");
            }
            features.add(feature);
        }

        List<Language> languages = new ArrayList<>();
        Map<TargetLanguage, Language> seen = new EnumMap<>(TargetLanguage.class);
        for (Yaml.Node node : top.requiredList("languages")) {
            Language language = readLanguage(node, file, featureIds);
            if (seen.putIfAbsent(language.target(), language) != null) {
                throw Yaml.error(file, node.pos(), "duplicate language '" + language.target().key() + "'");
            }
            languages.add(language);
        }
        return new LanguageMatrix(features, languages, provenance);
    }

    private static Feature readFeature(Yaml.Node node, String file) throws CatalogException {
        String rawId = Yaml.idOf(node);
        Yaml.Fields named = new Yaml.Fields(node, file, rawId == null ? "a feature" : "feature '" + rawId + "'", FEATURE_KEYS);
        Yaml.Field idField = named.required("id");
        String id = named.text(idField);
        if (!ID.matcher(id).matches()) {
            throw Yaml.error(file, idField.value().pos(), "feature id '" + id + "' must be kebab-case, like key-value");
        }
        Yaml.Field kindField = named.required("kind");
        String kindText = named.text(kindField);
        Feature.Kind kind;
        try {
            kind = Feature.Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Yaml.error(file, kindField.value().pos(), "feature kind '" + kindText + "' must be trigger, api or extensibility");
        }
        return new Feature(id, named.requiredText("name"), kind, named.optionalText("plugin"),
                named.optionalText("link"), named.optionalText("note"));
    }

    private static Language readLanguage(Yaml.Node node, String file, Map<String, Feature> features) throws CatalogException {
        String rawId = Yaml.idOf(node);
        String what = rawId == null ? "a language" : "language '" + rawId + "'";
        Yaml.Fields named = new Yaml.Fields(node, file, what, LANGUAGE_KEYS);
        Yaml.Field idField = named.required("id");
        TargetLanguage target;
        try {
            target = TargetLanguage.fromKey(named.text(idField));
        } catch (IllegalArgumentException e) {
            throw Yaml.error(file, idField.value().pos(), e.getMessage());
        }

        Map<String, Support> support = new HashMap<>();
        for (Yaml.Field cell : named.requiredMapping("support")) {
            requireKnownFeature(cell, file, features, what);
            String value = named.text(cell);
            try {
                support.put(cell.key(), Support.fromKey(value));
            } catch (IllegalArgumentException e) {
                throw Yaml.error(file, cell.value().pos(), e.getMessage());
            }
        }
        Map<String, String> notes = new HashMap<>();
        for (Yaml.Field cell : named.optionalMapping("notes")) {
            requireKnownFeature(cell, file, features, what);
            notes.put(cell.key(), named.text(cell));
        }
        return new Language(target, named.requiredText("name"), named.requiredText("sdk"), named.optionalText("link"),
                named.optionalText("note"), support, notes);
    }

    private static void requireKnownFeature(Yaml.Field cell, String file, Map<String, Feature> features, String what)
            throws CatalogException {
        if (!features.containsKey(cell.key())) {
            throw Yaml.error(file, cell.keyPos(), "unknown feature '" + cell.key() + "' in " + what
                    + " (features are declared under 'features')");
        }
    }

    /** Lazily loads the built-in data once, on first use. */
    private static final class BuiltIn {
        static final LanguageMatrix MATRIX = load();

        private static LanguageMatrix load() {
            try {
                return parse(Resources.builtIn(RESOURCE), Resources.label(RESOURCE));
            } catch (CatalogException e) {
                throw new IllegalStateException("wasmfit's built-in language matrix is invalid: " + e.getMessage(), e);
            }
        }
    }
}
