package io.wasmfit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wasmfit.analyzer.TestProjects;
import io.wasmfit.model.Portfolio;
import io.wasmfit.model.Report;
import io.wasmfit.model.ReportJson;

/** Many repositories in one scan, and reports of separate scans merged: one portfolio either way. */
class PortfolioTest {

    @TempDir
    Path dir;

    private static final String SLOW = """
            package slow;
            import org.springframework.web.bind.annotation.*;
            @RestController class Slow { @GetMapping("/s") public int s() throws Exception { while (true) { Thread.sleep(9); } } }
            """;

    @Test
    void aListOfRepositoriesGivesOnePortfolioAndAFailedOneDoesNotStopTheOthers() throws Exception {
        TestProjects.in(dir.resolve("repos/slow")).java(SLOW);
        Path list = Files.writeString(dir.resolve("repos.txt"), """
                # the team's services; relative folders are relative to this file
                %s
                repos/slow
                missing-service
                """.formatted(TestProjects.exampleShop()));
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("scan", "--portfolio", list.toString(), "--out", out.toString(), "--parallel", "2", "--format", "json,csv");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("missing-service could not be scanned: no such folder");
        Portfolio p = ReportJson.readPortfolio(out.resolve("wasmfit-portfolio.json"));
        assertThat(p.repositories()).extracting(Portfolio.Repository::name).containsExactly("missing-service", "shop", "slow");
        assertThat(p.repositories()).extracting(Portfolio.Repository::status).containsExactly("failed", "ok", "ok");
        Report shop = ReportJson.read(out.resolve("shop/wasmfit-report.json"));
        assertThat(Files.exists(out.resolve("shop/wasmfit-report.csv"))).isTrue();
        assertThat(p.summary().candidates()).isEqualTo(shop.candidates().size() + 1);
        assertThat(p.candidates().get(0).scores().overall()).isGreaterThanOrEqualTo(p.candidates().get(p.candidates().size() - 1).scores().overall());
        assertThat(p.candidates()).filteredOn(e -> e.repository().equals("slow")).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("Slow.s"));
        assertThat(run.out()).contains("3 repositories (1 failed)").contains("Portfolio:");
    }

    @Test
    void reportsFromSeparateScansMergeIntoThePortfolioAScanOfTheListWouldGive() throws Exception {
        TestProjects.in(dir.resolve("slow")).java(SLOW);
        assertThat(CliRun.of("scan", TestProjects.exampleShop().toString(), "--out", dir.resolve("a").toString(), "--quiet").exitCode()).isZero();
        assertThat(CliRun.of("scan", dir.resolve("slow").toString(), "--out", dir.resolve("b").toString(), "--quiet").exitCode()).isZero();
        CliRun merge = CliRun.of("merge", dir.resolve("a/wasmfit-report.json").toString(), dir.resolve("b/wasmfit-report.json").toString(),
                "--out", dir.resolve("merged").toString(), "--format", "json");
        assertThat(merge.exitCode()).as(merge.err()).isZero();
        Portfolio merged = ReportJson.readPortfolio(dir.resolve("merged/wasmfit-portfolio.json"));

        Files.writeString(dir.resolve("list.txt"), TestProjects.exampleShop() + "\n" + dir.resolve("slow") + "\n");
        assertThat(CliRun.of("scan", "--portfolio", dir.resolve("list.txt").toString(), "--out", dir.resolve("listed").toString(),
                "--quiet", "--format", "json").exitCode()).isZero();
        Portfolio listed = ReportJson.readPortfolio(dir.resolve("listed/wasmfit-portfolio.json"));
        assertThat(merged.candidates()).isEqualTo(listed.candidates());
        assertThat(merged.repositories()).extracting(Portfolio.Repository::name).containsExactly("shop", "slow");
    }

    @Test
    void theCiGateLooksAtThePortfolioAsAWhole() throws Exception {
        TestProjects.in(dir.resolve("slow")).java(SLOW);
        Files.writeString(dir.resolve("list.txt"), dir.resolve("slow") + "\n");
        CliRun run = CliRun.of("scan", "--portfolio", dir.resolve("list.txt").toString(), "--out", dir.resolve("o").toString(),
                "--fail-under", "80", "--quiet");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no candidate of the portfolio reaches --fail-under 80");
    }

    @Test
    void badUsageIsExitTwo() throws Exception {
        assertThat(CliRun.of("scan").exitCode()).isEqualTo(2);
        Path list = Files.writeString(dir.resolve("list.txt"), "# nothing\n");
        CliRun empty = CliRun.of("scan", "--portfolio", list.toString(), "--out", dir.resolve("o").toString());
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).contains("names no repository");
        CliRun both = CliRun.of("scan", dir.toString(), "--portfolio", list.toString());
        assertThat(both.exitCode()).isEqualTo(2);
        CliRun notAReport = CliRun.of("merge", list.toString(), "--out", dir.resolve("m").toString());
        assertThat(notAReport.exitCode()).isEqualTo(2);
        assertThat(notAReport.err()).contains("list.txt");
    }
}
