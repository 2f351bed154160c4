package io.wasmfit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wasmfit.analyzer.TestProjects;
import io.wasmfit.model.Report;
import io.wasmfit.model.ReportJson;

class ScanCommandTest {

    @TempDir
    Path dir;

    @Test
    void scanningTheExampleWritesTheReportAndPrintsASummary() throws Exception {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("scan", TestProjects.exampleShop().toString(), "--out", out.toString(), "--jobs", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Report report = ReportJson.read(out.resolve("wasmfit-report.json"));
        assertThat(report.candidates()).hasSizeGreaterThan(30);
        assertThat(run.out()).contains("candidates:").contains("PriceController.quote").contains("wasmfit-report.json");
        assertThat(run.err()).as("no progress bar when stderr is not a terminal").isEmpty();
    }

    @Test
    void quietPrintsNothing() {
        CliRun run = CliRun.of("scan", TestProjects.exampleShop().toString(), "--out", dir.toString(), "--quiet");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.exists(dir.resolve("wasmfit-report.json"))).isTrue();
    }

    @Test
    void badInputIsExitTwoWithOneSentenceAndNoStackTrace() throws Exception {
        CliRun missing = CliRun.of("scan", dir.resolve("nope").toString(), "--out", dir.resolve("o").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().strip()).startsWith("wasmfit: no such folder:").doesNotContain("\n").doesNotContain("Exception");

        Path file = Files.writeString(dir.resolve("report.txt"), "x");
        CliRun outIsFile = CliRun.of("scan", TestProjects.exampleShop().toString(), "--out", file.toString());
        assertThat(outIsFile.exitCode()).isEqualTo(2);
        assertThat(outIsFile.err()).contains("is a file");

        CliRun badBranch = CliRun.of("scan", dir.toString(), "--branch", "main", "--out", dir.resolve("o").toString());
        assertThat(badBranch.exitCode()).isEqualTo(2);

        CliRun badJobs = CliRun.of("scan", dir.toString(), "--jobs", "0");
        assertThat(badJobs.exitCode()).isEqualTo(2);
        assertThat(badJobs.err()).contains("--jobs must be at least 1");

        CliRun badFormat = CliRun.of("scan", dir.toString(), "--format", "pdf");
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("unknown report format 'pdf'");

        CliRun unknownOption = CliRun.of("scan", "--colour");
        assertThat(unknownOption.exitCode()).isEqualTo(2);
    }

    @Test
    void userRulesWithErrorsStopWithTheirLines() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("team.yaml"), "pack: team\nrules:\n  - id: x\n    criterion: shortRunning\n");
        CliRun run = CliRun.of("scan", TestProjects.exampleShop().toString(), "--rules", rules.toString(), "--out", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("team.yaml:3:5: missing 'message'");
    }

    @Test
    void failUnderExitsOneAndSaysWhy() {
        TestProjects.in(dir.resolve("repo")).java("""
                package shop;
                import org.springframework.web.bind.annotation.*;
                @RestController class Slow {
                    @GetMapping("/slow") public int slow() throws Exception { while (true) { Thread.sleep(1000); } }
                }
                """);
        CliRun run = CliRun.of("scan", dir.resolve("repo").toString(), "--out", dir.resolve("o").toString(), "--fail-under", "90");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no candidate reaches --fail-under 90").contains("Slow.slow");
        CliRun pass = CliRun.of("scan", dir.resolve("repo").toString(), "--out", dir.resolve("o").toString(), "--fail-under", "10");
        assertThat(pass.exitCode()).isZero();
    }

    @Test
    void versionAndHelpFollowConventions() {
        CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("wasmfit ");
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("scan").contains("Exit codes:").contains("2  bad usage");
        assertThat(CliRun.of("scan", "--help").out()).contains("--fail-under").contains("--branch");
    }
}
