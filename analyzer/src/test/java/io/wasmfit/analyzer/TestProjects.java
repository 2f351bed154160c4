package io.wasmfit.analyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.wasmfit.analyzer.workspace.WorkspaceException;
import io.wasmfit.model.Report;
import io.wasmfit.rules.RuleSet;

/** Builds small repositories on disk for tests, and finds the bundled example. */
public final class TestProjects {

    private final Path root;

    private TestProjects(Path root) {
        this.root = root;
    }

    public static TestProjects in(Path root) {
        return new TestProjects(root);
    }

    public Path root() {
        return root;
    }

    /** Writes a file (creating folders); returns this for chaining. */
    public TestProjects file(String relative, String content) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Java file under src/main/java, its path derived from its package and first type. */
    public TestProjects java(String source) {
        String pkg = source.replaceAll("(?s).*?package\\s+([\\w.]+)\\s*;.*", "$1");
        String type = source.replaceAll("(?s).*?(?:class|interface|enum|record)\\s+(\\w+).*", "$1");
        return file("src/main/java/" + pkg.replace('.', '/') + "/" + type + ".java", source);
    }

    public Report scan() {
        return scan(RuleSet.builtIn());
    }

    public Report scan(RuleSet rules) {
        return scan(root.toString(), null, rules);
    }

    public static Report scan(String location, String branch, RuleSet rules) {
        try {
            return new Scanner(options(rules)).scan(location, branch, ScanListener.NONE);
        } catch (WorkspaceException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static ScanOptions options(RuleSet rules) {
        Path cache = Path.of(System.getProperty("java.io.tmpdir"), "wasmfit-test-cache");
        return ScanOptions.defaults(cache, "test").withRules(rules).withJobs(2);
    }

    /** The bundled example monolith, found from the module folder the tests run in. */
    public static Path exampleShop() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("examples/shop");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("examples/shop not found above " + Path.of("").toAbsolutePath());
    }
}
