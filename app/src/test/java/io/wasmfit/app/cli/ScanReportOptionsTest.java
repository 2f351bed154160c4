package io.wasmfit.app.cli;

import io.wasmfit.model.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** wasmfit scan on the bundled example with the report options: files, formats, the CI gate's exit codes. */
class ScanReportOptionsTest {

    private static final String EXAMPLE = Path.of("..", "examples", "shop").toAbsolutePath().normalize().toString();

    @Test
    void writesEveryFormatAskedForAndPassesAThresholdItMeets(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("reports");

        CliRun run = CliRun.of("scan", EXAMPLE, "--quiet", "--format", "json,html,md,csv,sarif", "--out", out.toString(),
                "--fail-under", "70");

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("wasmfit-report.json",
                    "wasmfit-report.html", "wasmfit-report.md", "wasmfit-report.csv", "wasmfit-report.sarif");
        }
        assertThat(ReportJson.read(out.resolve("wasmfit-report.json")).candidates()).isNotEmpty();
    }

    @Test
    void theDefaultIsJsonAndHtml(@TempDir Path dir) {
        CliRun run = CliRun.of("scan", EXAMPLE, "--quiet", "--out", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dir.resolve("wasmfit-report.json")).exists();
        assertThat(dir.resolve("wasmfit-report.html")).exists();
        assertThat(dir.resolve("wasmfit-report.md")).doesNotExist();
    }

    @Test
    void blockersFailTheBuildWithFailOnBlocker(@TempDir Path dir) {
        CliRun run = CliRun.of("scan", EXAMPLE, "--quiet", "--out", dir.toString(), "--fail-on", "blocker");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("wasmfit: CI check failed: ").contains("(--fail-on blocker), first: ");
        assertThat(dir.resolve("wasmfit-report.json")).as("the report is written before the check").exists();
    }

    @Test
    void badReportOptionsStopTheScanBeforeItStarts(@TempDir Path dir) throws Exception {
        CliRun format = CliRun.of("scan", EXAMPLE, "--out", dir.resolve("a").toString(), "--format", "json,pdf");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err().strip())
                .isEqualTo("wasmfit: --format: unknown report format 'pdf' (expected json, html, md, csv, sarif)");
        assertThat(format.out()).isEmpty();

        Path file = Files.writeString(dir.resolve("file"), "x");
        CliRun out = CliRun.of("scan", EXAMPLE, "--out", file.toString());
        assertThat(out.exitCode()).isEqualTo(2);
        assertThat(out.err()).contains("is a file, not a folder");
        assertThat(dir.resolve("a")).doesNotExist();
    }
}
