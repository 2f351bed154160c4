package io.wasmfit.generator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.wasmfit.generator.java.JavaSatellite;
import io.wasmfit.generator.spin.SpinApp;
import io.wasmfit.generator.spin.SpinManifestKeys;
import io.wasmfit.generator.spin.SpinRoutes;
import io.wasmfit.generator.spin.SpinToml;
import io.wasmfit.generator.stubs.StubWriter;
import io.wasmfit.matrix.TargetLanguage;
import io.wasmfit.model.Candidate;
import io.wasmfit.model.CandidateKind;
import io.wasmfit.model.Report;

/**
 * {@code wasmfit generate}: turns one candidate of a report into a Spin application folder. Java
 * (the default where Spin can run it: HTTP and function triggers) gets the sliced closure behind a
 * WAGI entry; Rust, TypeScript, Python and Go get a stub in their SDK's layout, for the languages
 * the language matrix allows for the candidate's trigger.
 */
public final class SatelliteGenerator {

    private final LanguageSupport languages;

    public SatelliteGenerator(LanguageSupport languages) {
        this.languages = languages;
    }

    /**
     * @param language null for the default: Java where Spin can run it, else the first language the matrix allows
     */
    public Satellite generate(Report report, String candidateId, TargetLanguage language, Path out, boolean force)
            throws GeneratorException {
        Candidate c = report.candidate(candidateId).orElseThrow(() -> unknown(report, candidateId));
        requireNamedMethod(c);
        String trigger = Triggers.spinTrigger(c);
        String feature = Triggers.feature(trigger);
        TargetLanguage lang = language != null ? language : defaultLanguage(trigger, feature, c);
        if (lang == TargetLanguage.JAVA && !trigger.equals("http")) {
            throw new GeneratorException("Java cannot serve the " + trigger + " trigger of " + c.id() + ": Java satellites are"
                    + " WASI modules under Spin's WAGI executor, which Spin only runs over HTTP (there is no Spin SDK for Java);"
                    + " languages that support it: " + names(languages.languagesSupporting(feature)));
        }
        if (lang != TargetLanguage.JAVA && !languages.supports(lang, feature)) {
            throw new GeneratorException(lang.key() + " cannot serve the " + trigger + " trigger of " + c.id()
                    + ": the language matrix says its Spin SDK does not support " + feature + "; languages that do: "
                    + names(languages.languagesSupporting(feature)));
        }
        String componentId = componentId(c);
        Path root = Path.of(report.source().root());
        if (lang == TargetLanguage.JAVA) {
            return java(c, componentId, root, out, force);
        }
        StubWriter.Stub stub = StubWriter.write(c, lang, trigger, componentId, root);
        Map<String, String> files = new LinkedHashMap<>(stub.files());
        SpinApp app = app(c, componentId, trigger, stub.source(), stub.buildCommand(), stub.watch(), null);
        files.put("spin.toml", checked(SpinToml.write(app, GeneratedHeader.forFile("spin.toml", c.id(), "the Spin application"))));
        List<String> listed = new ArrayList<>(files.keySet());
        listed.add("README.md");
        files.put("README.md", Readme.stub(c, lang.key(), componentId, trigger, listed, stub.buildCommand()));
        SatelliteManifest manifest = new SatelliteManifest(SatelliteManifest.SCHEMA_VERSION, c.id(), lang.key(), componentId,
                trigger, root.toString(), null, null, Map.of());
        return new Satellite(out, OutputFolder.write(out, files, manifest, force), List.of(), List.of());
    }

    private Satellite java(Candidate c, String componentId, Path root, Path out, boolean force) throws GeneratorException {
        boolean function = c.kind() == CandidateKind.FUNCTION || !c.trigger().type().equals("http");
        String method = function ? "POST" : c.trigger().detail().getOrDefault("method", "GET");
        String route = function ? "/" + kebab(simpleName(c.declaringType())) : c.trigger().detail().getOrDefault("route", "/");
        String spinRoute = SpinRoutes.fromFramework(route);
        JavaSatellite.Generated g = JavaSatellite.generate(root, c, componentId, method, route, spinRoute, languages);
        Map<String, String> files = new LinkedHashMap<>(g.files());
        String wasm = "target/" + componentId + ".wasm";
        SpinApp app = app(c, componentId, "http", wasm, "wasmfit build .", List.of("src/**/*.java", "pom.xml"), spinRoute);
        files.put("spin.toml", checked(SpinToml.write(app, GeneratedHeader.forFile("spin.toml", c.id(), "the Spin application"))));
        files.put("README.md", Readme.java(c, g.entry(), componentId, g.movedTypes(), g.findings(), g.stubs()));
        files.put(".gitignore", GeneratedHeader.forFile(".gitignore", c.id(), "") + "target/\n");
        SatelliteManifest manifest = new SatelliteManifest(SatelliteManifest.SCHEMA_VERSION, c.id(), "java", componentId, "http",
                root.toString(), wasm, g.entry(), Map.of());
        return new Satellite(out, OutputFolder.write(out, files, manifest, force), g.findings(), g.compileProblems());
    }

    private static SpinApp app(Candidate c, String componentId, String trigger, String source, String build,
                               List<String> watch, String spinRoute) {
        Map<String, Object> t = new LinkedHashMap<>();
        Map<String, Object> appTrigger = new LinkedHashMap<>();
        Map<String, Map<String, Object>> variables = new LinkedHashMap<>();
        String destination = c.trigger().detail().getOrDefault("destination", componentId);
        switch (trigger) {
            case "http" -> {
                t.put("route", spinRoute != null ? spinRoute : SpinRoutes.fromFramework(c.trigger().detail().getOrDefault("route", "/")));
                if (spinRoute != null) {
                    t.put("executor", Map.of("type", "wagi"));
                }
            }
            case "redis" -> {
                appTrigger.put("address", "{{ redis_address }}");
                variables.put("redis_address", new LinkedHashMap<>(Map.of("default", "redis://localhost:6379")));
                t.put("channel", destination);
            }
            case "cron" -> t.put("cron_expression", c.trigger().detail().getOrDefault("cron", "0 * * * * *"));
            case "mqtt" -> {
                appTrigger.put("address", "mqtt://localhost:1883");
                appTrigger.put("username", "");
                appTrigger.put("password", "");
                appTrigger.put("keep_alive_interval", "30");
                t.put("topic", destination);
                t.put("qos", "1");
            }
            case "sqs" -> t.put("queue_url", destination);
            default -> throw new IllegalStateException("no Spin trigger " + trigger);
        }
        SpinApp.Component component = new SpinApp.Component(componentId, "Satellite of " + c.id(), source, List.of(),
                List.of(), List.of(), Map.of(), Map.of(), build, watch);
        return new SpinApp(componentId, "wasmfit satellite of " + c.name(), trigger, t, appTrigger, variables, component);
    }

    /** Every manifest wasmfit writes is checked against the keys Spin allows. */
    private static String checked(String toml) throws GeneratorException {
        try {
            List<String> unknown = SpinManifestKeys.unknownKeys(toml);
            if (!unknown.isEmpty()) {
                throw new IllegalStateException("wasmfit wrote keys Spin does not allow: " + unknown);
            }
            return toml;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("wasmfit wrote a spin.toml that is not TOML: " + e.getMessage(), e);
        }
    }

    private TargetLanguage defaultLanguage(String trigger, String feature, Candidate c) throws GeneratorException {
        if (trigger.equals("http")) {
            return TargetLanguage.JAVA;
        }
        List<TargetLanguage> ok = languages.languagesSupporting(feature).stream().filter(l -> l != TargetLanguage.JAVA).toList();
        if (ok.isEmpty()) {
            throw new GeneratorException("no satellite language supports the " + trigger + " trigger of " + c.id());
        }
        return ok.get(0);
    }

    /**
     * Satellites call a named method; a handler registered as a lambda or an anonymous class has
     * none to slice and call (docs/rules.md gives their ids).
     */
    private static void requireNamedMethod(Candidate c) throws GeneratorException {
        if (c.id().contains("$lambda$")) {
            throw new GeneratorException(c.id() + " is a lambda handler (the form Routes#routes(Router)$lambda$0), which"
                    + " wasmfit cannot generate a satellite from yet: move its body into a method, register that method"
                    + " instead (this::handle), scan again and generate from the method's candidate");
        }
        if (c.declaringType().matches(".*\\$\\d+(\\$.*)?")) {
            throw new GeneratorException(c.id() + " is a method of an anonymous class (the form"
                    + " Routes$1#handle(RoutingContext)), which wasmfit cannot generate a satellite from yet: move it into a"
                    + " named class, scan again and generate from that class's candidate");
        }
    }

    private static GeneratorException unknown(Report report, String id) {
        String method = id.contains("#") ? id.substring(id.indexOf('#') + 1, id.contains("(") ? id.indexOf('(') : id.length()) : id;
        String simple = id.contains("#") ? simpleName(id.substring(0, id.indexOf('#'))) : id;
        List<String> near = report.candidates().stream().map(Candidate::id)
                .filter(x -> x.contains("#" + method + "(") || x.contains("." + simple + "#")).limit(5).toList();
        return new GeneratorException("the report has no candidate '" + id + "'"
                + (near.isEmpty() ? "; 'wasmfit scan' lists the ids in wasmfit-report.json" : "; did you mean: " + String.join(", ", near)));
    }

    static String componentId(Candidate c) {
        String method = c.id().substring(c.id().indexOf('#') + 1, c.id().indexOf('('));
        return kebab(simpleName(c.declaringType())) + "-" + kebab(method);
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT)
                .replaceAll("^-|-$", "");
    }

    private static String simpleName(String fqn) {
        return fqn.substring(fqn.lastIndexOf('.') + 1);
    }

    private static String names(List<TargetLanguage> langs) {
        return langs.isEmpty() ? "none" : langs.stream().map(TargetLanguage::key).collect(Collectors.joining(", "));
    }
}
