package io.wasmfit.generator.build;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.teavm.diagnostics.Problem;
import org.teavm.diagnostics.ProblemSeverity;
import org.teavm.model.CallLocation;
import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.TeaVMTool;
import org.teavm.tooling.TeaVMToolException;
import org.teavm.vm.TeaVMOptimizationLevel;
import org.teavm.vm.TeaVMPhase;
import org.teavm.vm.TeaVMProgressFeedback;
import org.teavm.vm.TeaVMProgressListener;

import io.wasmfit.generator.GeneratorException;
import io.wasmfit.generator.SatelliteManifest;

/**
 * {@code wasmfit build}: compiles a generated Java satellite to a WASI preview1 module, in-process
 * — javac (javax.tools) for the classes, then TeaVM 0.13.1 as a library call (its WASI target was
 * dropped in 0.14). Errors of both compilers come back with the satellite's file and line.
 */
public final class SatelliteBuilder {

    private SatelliteBuilder() {
    }

    public static BuildResult build(Path dir, BuildListener listener) throws GeneratorException {
        SatelliteManifest manifest = SatelliteManifest.read(dir);
        if (manifest.entry() == null || manifest.wasm() == null) {
            throw new GeneratorException(dir + " holds a " + manifest.language() + " stub, not a Java satellite; build it with"
                    + " its own toolchain ('spin build')");
        }
        Path classes = dir.resolve("target/classes");
        listener.step("compiling Java");
        long start = System.nanoTime();
        JavaCompilation.Result javac;
        try {
            deleteRecursively(classes);
            javac = JavaCompilation.compile(dir, dir.resolve("src/main/java"), classes);
        } catch (IOException e) {
            throw new GeneratorException("cannot compile " + dir + ": " + e.getMessage(), e);
        }
        long javacMs = (System.nanoTime() - start) / 1_000_000;
        if (!javac.ok()) {
            return new BuildResult(null, 0, javacMs, 0, javac.problems().isEmpty()
                    ? List.of(new BuildProblem(null, 0, "javac failed without a message")) : javac.problems());
        }
        listener.step("compiling to Wasm (TeaVM)");
        Path wasm = dir.resolve(manifest.wasm());
        start = System.nanoTime();
        List<BuildProblem> problems = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, SatelliteBuilder.class.getClassLoader())) {
            Files.createDirectories(wasm.getParent());
            Files.deleteIfExists(wasm);
            TeaVMTool tool = new TeaVMTool();
            tool.setTargetType(TeaVMTargetType.WEBASSEMBLY_WASI);
            tool.setMainClass(manifest.entry().mainClass());
            tool.setTargetDirectory(wasm.getParent().toFile());
            tool.setTargetFileName(wasm.getFileName().toString());
            tool.setClassLoader(loader);
            tool.setOptimizationLevel(TeaVMOptimizationLevel.ADVANCED);
            tool.setObfuscated(true);
            tool.setProgressListener(new Progress(listener));
            tool.generate();
            for (Problem p : tool.getProblemProvider().getSevereProblems()) {
                problems.add(map(dir, p));
            }
        } catch (TeaVMToolException | IOException | RuntimeException e) {
            problems.add(new BuildProblem(null, 0, "TeaVM failed: " + e.getMessage()));
        }
        long teavmMs = (System.nanoTime() - start) / 1_000_000;
        if (!problems.isEmpty() || !Files.isRegularFile(wasm)) {
            if (problems.isEmpty()) {
                problems.add(new BuildProblem(null, 0, "TeaVM wrote no module"));
            }
            return new BuildResult(null, 0, javacMs, teavmMs, problems);
        }
        try {
            return new BuildResult(wasm, Files.size(wasm), javacMs, teavmMs, List.of());
        } catch (IOException e) {
            throw new GeneratorException("cannot read " + wasm + ": " + e.getMessage(), e);
        }
    }

    /** A TeaVM problem with the satellite's source file: TeaVM names the class, method and line of the call. */
    private static BuildProblem map(Path dir, Problem p) {
        String text = p.getText();
        for (Object param : p.getParams()) {
            text = text.replaceFirst("\\{\\{[a-z]\\d*}}", Matcher.quoteReplacement(String.valueOf(param)));
        }
        CallLocation where = p.getLocation();
        if (where != null && where.getSourceLocation() != null && where.getSourceLocation().getFileName() != null) {
            String className = where.getMethod() != null ? where.getMethod().getClassName() : null;
            String file = sourceOf(dir, className, where.getSourceLocation().getFileName());
            return new BuildProblem(file, where.getSourceLocation().getLine(), text);
        }
        if (where != null && where.getMethod() != null) {
            String file = sourceOf(dir, where.getMethod().getClassName(), null);
            return new BuildProblem(file, 0, text + " (in " + where.getMethod() + ")");
        }
        return new BuildProblem(null, 0, text);
    }

    private static final Pattern NESTED = Pattern.compile("\\$.*$");

    private static String sourceOf(Path dir, String className, String fileName) {
        if (className == null) {
            return fileName;
        }
        String outer = NESTED.matcher(className).replaceAll("");
        String pkg = outer.contains(".") ? outer.substring(0, outer.lastIndexOf('.')).replace('.', '/') + "/" : "";
        String name = fileName != null ? fileName : outer.substring(outer.lastIndexOf('.') + 1) + ".java";
        String rel = "src/main/java/" + pkg + name;
        return Files.isRegularFile(dir.resolve(rel)) ? rel : name;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** TeaVM's phases as build progress. */
    private record Progress(BuildListener listener) implements TeaVMProgressListener {
        @Override
        public TeaVMProgressFeedback phaseStarted(TeaVMPhase phase, int count) {
            listener.step("compiling to Wasm (TeaVM): " + phase.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            listener.progress(0, count);
            return TeaVMProgressFeedback.CONTINUE;
        }

        @Override
        public TeaVMProgressFeedback progressReached(int progress) {
            listener.progress(progress, 0);
            return TeaVMProgressFeedback.CONTINUE;
        }
    }

    @SuppressWarnings("unused")
    private static File file(Path p) {
        return p.toFile();
    }

    @SuppressWarnings("unused")
    private static boolean severe(Problem p) {
        return p.getSeverity() == ProblemSeverity.ERROR;
    }
}
