package io.wasmfit.generator.build;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a satellite's Java sources in-process with javax.tools (the JDK's javac), against the
 * only library a satellite uses: teavm-interop, for the WASI imports. Errors come back as
 * {@link BuildProblem}s with paths relative to the satellite.
 */
public final class JavaCompilation {

    /** The outcome: class files in {@code classes} when ok. */
    public record Result(boolean ok, List<BuildProblem> problems, Path classes) {
    }

    private JavaCompilation() {
    }

    public static Result compile(Path satelliteDir, Path sourceDir, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IOException("no Java compiler in this runtime (" + System.getProperty("java.home")
                    + "): wasmfit needs a JDK, not a JRE");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sourceDir)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        Files.createDirectories(classes);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, java.nio.charset.StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-encoding", "UTF-8", "-proc:none", "-g", "-nowarn",
                    "-d", classes.toString(), "-classpath", interopJar().toString());
            StringWriter out = new StringWriter();
            boolean ok = javac.getTask(out, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(files)).call();
            List<BuildProblem> problems = new ArrayList<>();
            diagnostics.getDiagnostics().forEach(d -> {
                if (d.getKind() == javax.tools.Diagnostic.Kind.ERROR) {
                    String file = d.getSource() == null ? null
                            : satelliteDir.toAbsolutePath().relativize(Path.of(d.getSource().toUri()).toAbsolutePath()).toString()
                                    .replace('\\', '/');
                    problems.add(new BuildProblem(file, (int) Math.max(0, d.getLineNumber()), d.getMessage(Locale.ROOT)));
                }
            });
            return new Result(ok, problems, classes);
        }
    }

    /** teavm-interop on this class path: the satellite's @Import annotations and Address. */
    public static Path interopJar() {
        return location(org.teavm.interop.Import.class);
    }

    static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("cannot locate the jar of " + type.getName(), e);
        }
    }
}
