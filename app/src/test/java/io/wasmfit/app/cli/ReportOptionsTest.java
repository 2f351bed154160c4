package io.wasmfit.app.cli;

import io.wasmfit.model.Report;
import io.wasmfit.model.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import static io.wasmfit.app.cli.TestReports.candidate;
import static io.wasmfit.app.cli.TestReports.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report options as a command that has a report would use them (the scan command mixes them in). */
class ReportOptionsTest {

    @Command(name = "host")
    static final class Host {
        @Mixin
        ReportOptions reports;
    }

    private static ReportOptions parse(String... args) {
        Host host = new Host();
        new CommandLine(host).parseArgs(args);
        return host.reports;
    }

    private final Report report = report(candidate("Price.quote", 72, false), candidate("Export.csv", 30, true));

    @Test
    void defaultsWriteJsonAndHtmlIntoWasmfitOut() {
        ReportOptions options = parse();
        assertThat(options.exporters()).extracting(e -> e.format()).containsExactly("json", "html");
        assertThat(options.out()).isEqualTo(Path.of("wasmfit-out"));
        assertThat(options.gate().isActive()).isFalse();
    }

    @Test
    void writesTheChosenFormatsAndPassesAGateThatIsMet(@TempDir Path dir) throws Exception {
        ReportOptions options = parse("--format", "json,sarif,md", "--out", dir.toString(), "--fail-under", "70");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        ExitCode code = options.writeAndCheck(report, new PrintWriter(out), new PrintWriter(err), false);

        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(ReportJson.read(dir.resolve("wasmfit-report.json"))).isEqualTo(report);
        assertThat(dir.resolve("wasmfit-report.sarif")).exists();
        assertThat(dir.resolve("wasmfit-report.md")).exists();
        assertThat(dir.resolve("wasmfit-report.html")).doesNotExist();
        assertThat(out.toString()).contains("Report: " + dir.resolve("wasmfit-report.json").toAbsolutePath(),
                "Report: " + dir.resolve("wasmfit-report.sarif").toAbsolutePath(), "CI check passed");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aFailedGateIsExit1WithItsReasonsAfterTheFilesAreWritten(@TempDir Path dir) {
        ReportOptions options = parse("--out", dir.toString(), "--fail-under", "80", "--fail-on", "blocker");
        StringWriter err = new StringWriter();

        ExitCode code = options.writeAndCheck(report, new PrintWriter(new StringWriter()), new PrintWriter(err), true);

        assertThat(code).isEqualTo(ExitCode.THRESHOLD);
        assertThat(dir.resolve("wasmfit-report.html")).exists();
        assertThat(err.toString().lines()).containsExactly(
                "wasmfit: CI check failed: no candidate reaches --fail-under 80: the best is Price.quote with 72 (strong)",
                "wasmfit: CI check failed: 1 blocker in 1 candidate (--fail-on blocker), first: Export.csv: sleeps 30 s "
                        + "at src/main/java/com/acme/Export.java:12");
    }

    @Test
    void badOptionsAreUserErrorsBeforeAnyScan(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> parse("--format", "json,pdf").validate()).isInstanceOf(UserInputException.class)
                .hasMessage("--format: unknown report format 'pdf' (expected json, html, md, csv, sarif)");
        assertThatThrownBy(() -> parse("--fail-under", "120").validate()).isInstanceOf(UserInputException.class)
                .hasMessage("--fail-under must be a score from 0 to 100, not 120");
        assertThatThrownBy(() -> parse("--fail-on", "warning").validate()).isInstanceOf(UserInputException.class)
                .hasMessage("unknown --fail-on condition 'warning' (expected blocker)");

        Path file = Files.writeString(dir.resolve("out.txt"), "x");
        assertThatThrownBy(() -> parse("--out", file.toString()).validate()).isInstanceOf(UserInputException.class)
                .hasMessage("--out " + file + " is a file, not a folder: give a folder for the reports");
        assertThatThrownBy(() -> parse("--out", file.toString())
                .writeAndCheck(report, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), true))
                .isInstanceOf(UserInputException.class).hasMessageContaining("is a file, not a folder");
    }
}
