package io.wasmfit.generator.java;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.github.javaparser.ast.body.MethodDeclaration;

import io.wasmfit.generator.Finding;
import io.wasmfit.generator.GeneratedHeader;
import io.wasmfit.generator.GeneratorException;
import io.wasmfit.generator.LanguageSupport;
import io.wasmfit.generator.SatelliteManifest;
import io.wasmfit.generator.build.BuildProblem;
import io.wasmfit.generator.build.JavaCompilation;
import io.wasmfit.matrix.LibraryCatalog;
import io.wasmfit.matrix.TargetLanguage;
import io.wasmfit.model.Candidate;
import io.wasmfit.model.CandidateKind;

/**
 * The Java part of a satellite: the sliced closure, the generated WAGI entry with its JSON code,
 * the WASI glue and a pom.xml. The slice is checked with javac before it is written; when the
 * closure analysis missed a member and the slice does not compile, every member of the closure's
 * types is kept instead (a finding says so).
 */
public final class JavaSatellite {

    /** The files (path in the satellite → text), the entry for the manifest, and what the user must know. */
    public record Generated(Map<String, String> files, SatelliteManifest.Entry entry, List<Finding> findings,
                            List<String> movedTypes, List<BuildProblem> compileProblems, List<StubbedCollaborator> stubs) {
    }

    private JavaSatellite() {
    }

    /**
     * @param languages which satellite languages offer which Spin features, for the advice in the
     *                  message of a collaborator that cannot move
     */
    public static Generated generate(Path root, Candidate candidate, String componentId, String httpMethod, String route,
                                     String spinRoute, LanguageSupport languages) throws GeneratorException {
        ClosureSources sources = ClosureSources.load(root, candidate);
        MethodDeclaration method = sources.entryMethod();
        List<Finding> findings = new ArrayList<>();
        List<HttpParam> params = HttpBinding.of(method, sources, candidate.kind() == CandidateKind.FUNCTION, findings);
        String declaringType = candidate.declaringType();
        String pkg = declaringType.contains(".") ? packageOf(sources, declaringType) : "";
        JsonCodecWriter codec = new JsonCodecWriter(sources, candidate.id(), findings);
        String entryTemplate = EntryWriter.write(pkg, candidate.id(), method, declaringType, params, "%CONSTRUCTION%",
                spinRoute, codec, sources);
        String pkgPath = "src/main/java/" + (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/");
        String id = candidate.id();

        Map<String, String> generated = new LinkedHashMap<>();
        generated.put(pkgPath + "WasmfitJson.java", GeneratedHeader.forFile("x.java", id, "JSON code") + codec.source(pkg));
        generated.put(pkgPath + "WasmfitHttp.java", GeneratedHeader.forFile("x.java", id, "request parsing and JSON support")
                + runtime("WasmfitHttp.java.txt", pkg));
        generated.put(pkgPath + "WasmfitWasi.java", GeneratedHeader.forFile("x.java", id, "WASI environment and stdin")
                + runtime("WasmfitWasi.java.txt", pkg));

        TodoStubWriter stubs = new TodoStubWriter(sources, new LibraryTypes(sources.index(), LibraryCatalog.builtIn()),
                features -> sdkLanguages(languages, features), pkg, id);
        List<Finding> sliceFindings = new ArrayList<>();
        Slicer.Result slice = new Slicer(sources, new LinkedHashSet<>(candidate.closure().methodIds()), false, sliceFindings,
                stubs).slice(id);
        Map<String, String> files = assemble(slice, generated, pkgPath, entryTemplate, id);
        List<BuildProblem> problems = check(files);
        if (!problems.isEmpty()) {
            List<Finding> conservativeFindings = new ArrayList<>();
            Slicer.Result whole = new Slicer(sources, new LinkedHashSet<>(candidate.closure().methodIds()), true,
                    conservativeFindings, stubs).slice(id);
            Map<String, String> wholeFiles = assemble(whole, generated, pkgPath, entryTemplate, id);
            List<BuildProblem> wholeProblems = check(wholeFiles);
            if (wholeProblems.isEmpty() || wholeProblems.size() < problems.size()) {
                sliceFindings = conservativeFindings;
                sliceFindings.add(new Finding(Finding.Kind.TODO, "the closure analysis missed members the code needs"
                        + " (e.g. " + problems.get(0) + "): every member of the closure's types was kept", null, 0));
                files = wholeFiles;
                problems = wholeProblems;
                slice = whole;
            }
        }
        findings.addAll(sliceFindings);
        for (BuildProblem p : problems) {
            findings.add(new Finding(Finding.Kind.TODO, "does not compile yet: " + p.message().lines().findFirst().orElse(""),
                    p.file(), p.line()));
        }
        files.put("pom.xml", pom(componentId, id));
        List<SatelliteManifest.Param> manifestParams = params.stream().map(p -> new SatelliteManifest.Param(p.javaName(),
                p.key(), p.source().name(), p.type().source(), p.defaultValue(), p.required())).toList();
        String resultType = method.getType().isVoidType() ? "void" : sources.resolve(method.getType(), declaringType).source();
        SatelliteManifest.Entry entry = new SatelliteManifest.Entry((pkg.isEmpty() ? "" : pkg + ".") + "WasmfitMain",
                declaringType, method.getNameAsString(), httpMethod, route, spinRoute, manifestParams, resultType);
        return new Generated(files, entry, dedupe(findings), List.copyOf(sources.types()), problems, slice.stubs());
    }

    private static Map<String, String> assemble(Slicer.Result slice, Map<String, String> generated, String pkgPath,
                                                String entryTemplate, String id) {
        Map<String, String> files = new LinkedHashMap<>(slice.files());
        files.putAll(generated);
        String todoCatch = "";
        if (!slice.stubs().isEmpty()) {
            String pkg = pkgPath.substring("src/main/java/".length()).replaceAll("/$", "").replace('/', '.');
            files.put(pkgPath + TodoStubWriter.EXCEPTION + ".java", TodoStubWriter.exceptionSource(pkg, id));
            todoCatch = "        } catch (" + TodoStubWriter.EXCEPTION + " e) {\n            return e.response();\n";
        }
        files.put(pkgPath + "WasmfitMain.java", GeneratedHeader.forFile("x.java", id, "the WAGI entry")
                + entryTemplate.replace("%CONSTRUCTION%", slice.construction()).replace(EntryWriter.TODO_CATCH, todoCatch));
        return files;
    }

    /** Languages other than Java whose Spin SDK offers one of the features (the HTTP trigger when none is named). */
    private static List<String> sdkLanguages(LanguageSupport languages, Set<String> features) {
        Set<TargetLanguage> out = new TreeSet<>();
        for (String f : features.isEmpty() ? Set.of("http-trigger") : features) {
            out.addAll(languages.languagesSupporting(f));
        }
        out.remove(TargetLanguage.JAVA);
        return out.stream().map(TargetLanguage::key).toList();
    }

    /** Compiles the files with javac in a scratch folder; the problems, if any. */
    static List<BuildProblem> check(Map<String, String> files) throws GeneratorException {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("wasmfit-check");
            for (Map.Entry<String, String> f : files.entrySet()) {
                if (f.getKey().endsWith(".java")) {
                    Path target = scratch.resolve(f.getKey());
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
                }
            }
            return JavaCompilation.compile(scratch, scratch.resolve("src/main/java"), scratch.resolve("classes")).problems();
        } catch (IOException e) {
            throw new GeneratorException("cannot check the satellite with javac: " + e.getMessage(), e);
        } finally {
            deleteQuietly(scratch);
        }
    }

    static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a scratch folder in the temp dir; nothing depends on it
        }
    }

    private static List<Finding> dedupe(List<Finding> findings) {
        return List.copyOf(new LinkedHashSet<>(findings));
    }

    private static String packageOf(ClosureSources sources, String fqn) {
        String file = sources.fileOf(fqn);
        return sources.units().get(file).getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    }

    private static String runtime(String name, String pkg) throws GeneratorException {
        try (InputStream in = JavaSatellite.class.getResourceAsStream("/io/wasmfit/generator/runtime/" + name)) {
            if (in == null) {
                throw new GeneratorException("wasmfit is missing its resource " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return pkg.isEmpty() ? text.replace("package ${package};\n\n", "") : text.replace("${package}", pkg);
        } catch (IOException e) {
            throw new GeneratorException("cannot read wasmfit's resource " + name, e);
        }
    }

    private static String pom(String componentId, String candidateId) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + GeneratedHeader.forFile("pom.xml", candidateId, "the satellite as a Maven project")
                + "<!-- 'wasmfit build .' compiles it to target/" + componentId + ".wasm with TeaVM 0.13.1 (WASI);\n"
                + "     'mvn compile' builds it on the JVM for your IDE. -->\n"
                + "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"\n"
                + "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                + "         xsi:schemaLocation=\"http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd\">\n"
                + "  <modelVersion>4.0.0</modelVersion>\n"
                + "  <groupId>wasmfit.satellite</groupId>\n"
                + "  <artifactId>" + componentId + "</artifactId>\n"
                + "  <version>0.1.0</version>\n"
                + "  <properties>\n"
                + "    <maven.compiler.release>17</maven.compiler.release>\n"
                + "    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>\n"
                + "  </properties>\n"
                + "  <dependencies>\n"
                + "    <dependency>\n"
                + "      <groupId>org.teavm</groupId>\n"
                + "      <artifactId>teavm-interop</artifactId>\n"
                + "      <version>0.13.1</version>\n"
                + "      <scope>provided</scope>\n"
                + "    </dependency>\n"
                + "  </dependencies>\n"
                + "</project>\n";
    }
}
