package io.wasmfit.report;

import io.wasmfit.analyzer.ScanListener;
import io.wasmfit.analyzer.ScanOptions;
import io.wasmfit.analyzer.Scanner;
import io.wasmfit.analyzer.workspace.WorkspaceException;
import io.wasmfit.model.Report;

import java.nio.file.Files;
import java.nio.file.Path;

/** The report of a real scan of the bundled example, examples/shop, by the analyzer (made once per JVM). */
final class ExampleReport {

    /** The repository root: the nearest folder up from here with examples/shop (tests run in report/, the benchmark at the root). */
    static final Path ROOT = root();
    static final Path EXAMPLE = ROOT.resolve("examples/shop");

    private static Report report;

    private ExampleReport() {
    }

    static synchronized Report load() {
        if (report == null) {
            if (!Files.isDirectory(EXAMPLE)) {
                throw new IllegalStateException("the example is missing: " + EXAMPLE);
            }
            try {
                Path cache = Files.createDirectories(ROOT.resolve("report/target/scan-cache"));
                report = new Scanner(ScanOptions.defaults(cache, "dev")).scan(EXAMPLE.toString(), null, ScanListener.NONE);
            } catch (WorkspaceException | java.io.IOException e) {
                throw new IllegalStateException("scanning " + EXAMPLE + " failed: " + e.getMessage(), e);
            }
        }
        return report;
    }

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples/shop"))) {
            dir = dir.getParent();
        }
        return dir != null ? dir : Path.of("..").toAbsolutePath().normalize();
    }

    static String describe() {
        return "a scan of examples/shop";
    }
}
