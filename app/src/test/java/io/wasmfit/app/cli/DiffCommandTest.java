package io.wasmfit.app.cli;

import io.wasmfit.model.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.wasmfit.app.cli.TestReports.candidate;
import static io.wasmfit.app.cli.TestReports.report;
import static org.assertj.core.api.Assertions.assertThat;

class DiffCommandTest {

    @Test
    void showsCandidatesThatAppearedDisappearedOrChanged(@TempDir Path dir) throws Exception {
        Path older = dir.resolve("old.json");
        Path newer = dir.resolve("new.json");
        ReportJson.write(report(candidate("Price.quote", 72, false), candidate("Cart.add", 65, false),
                candidate("Report.export", 30, true)), older);
        ReportJson.write(report(candidate("Price.quote", 71, false), candidate("Cart.add", 74, false),
                candidate("Stock.onStock", 80, false)), newer);

        CliRun run = CliRun.of("diff", older.toString(), newer.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(String.join(System.lineSeparator(),
                older + ": 3 candidates; " + newer + ": 3 candidates",
                "Appeared (1):",
                "  + Stock.onStock  strong 80  com.acme.Stock#onStock()",
                "Disappeared (1):",
                "  - Report.export  poor 30  com.acme.Report#export()",
                "Changed (2):",
                "  ~ Price.quote: strong 72 -> strong 71 (-1)",
                "  ~ Cart.add: possible 65 -> strong 74 (+9)  verdict changed",
                ""));
    }

    @Test
    void identicalReportsSayNothingChanged(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("a.json");
        ReportJson.write(report(candidate("Price.quote", 72, false)), one);

        CliRun run = CliRun.of("diff", one.toString(), one.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("No candidate appeared, disappeared or changed verdict or score.");
    }

    @Test
    void aMissingOrForeignFileIsExit2WithOneSentence(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.json");
        ReportJson.write(report(candidate("Price.quote", 72, false)), good);
        Path missing = dir.resolve("nope.json");
        Path foreign = Files.writeString(dir.resolve("package.json"), "{\"name\": \"left-pad\"}");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"schemaVersion\": 1, \"candidates\": [");

        CliRun noFile = CliRun.of("diff", missing.toString(), good.toString());
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err().strip())
                .isEqualTo("wasmfit: " + missing + " does not exist: give the wasmfit-report.json of a scan");

        CliRun notReport = CliRun.of("diff", good.toString(), foreign.toString());
        assertThat(notReport.exitCode()).isEqualTo(2);
        assertThat(notReport.err().strip()).isEqualTo("wasmfit: " + foreign
                + " cannot be used as a wasmfit report: not a wasmfit report (no schemaVersion)");

        CliRun truncated = CliRun.of("diff", good.toString(), broken.toString());
        assertThat(truncated.exitCode()).isEqualTo(2);
        assertThat(truncated.err()).startsWith("wasmfit: " + broken + " cannot be used as a wasmfit report: ")
                .doesNotContain("\tat ");

        assertThat(CliRun.of("diff", dir.toString(), good.toString()).err()).contains("is not a file");
        assertThat(CliRun.of("diff", good.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void diffIsListedInTheHelp() {
        assertThat(CliRun.of("--help").out()).contains("diff");
    }
}
