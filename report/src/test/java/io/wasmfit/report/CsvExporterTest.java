package io.wasmfit.report;

import io.wasmfit.model.Candidate;
import io.wasmfit.model.Report;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExporterTest {

    @Test
    void eachCandidateIsOneRecordWithAllItsScores() throws IOException {
        assertOneRecordPerCandidate(SampleReports.shop());
        assertOneRecordPerCandidate(ExampleReport.load());
        List<CSVRecord> records = parse(export(SampleReports.shop()));
        CSVRecord export = records.stream().filter(r -> r.get("name").equals("ReportController.export")).findFirst().orElseThrow();
        assertThat(export.get("blocker_rules")).isEqualTo("streaming-response");
        assertThat(export.get("unsupported_dependencies")).isEqualTo("org.apache.poi:poi");
    }

    private static void assertOneRecordPerCandidate(Report report) throws IOException {
        String csv = export(report);
        List<CSVRecord> records = parse(csv);

        assertThat(csv).startsWith(String.join(",", CsvExporter.HEADER) + "\r\n");
        assertThat(records).hasSize(report.candidates().size());
        for (int i = 0; i < records.size(); i++) {
            Candidate c = report.candidates().get(i);
            CSVRecord r = records.get(i);
            assertThat(r.get("id")).isEqualTo(c.id());
            assertThat(r.get("name")).isEqualTo(c.name());
            assertThat(r.get("trigger")).isEqualTo(c.trigger().type());
            assertThat(r.get("file")).isEqualTo(c.location().file());
            assertThat(Integer.parseInt(r.get("line"))).isEqualTo(c.location().line());
            assertThat(r.get("verdict")).isEqualTo(c.verdict().key());
            assertThat(Integer.parseInt(r.get("overall"))).isEqualTo(c.scores().overall());
            assertThat(Integer.parseInt(r.get("event_driven"))).isEqualTo(c.scores().eventDriven());
            assertThat(Integer.parseInt(r.get("short_running"))).isEqualTo(c.scores().shortRunning());
            assertThat(Integer.parseInt(r.get("dependency_supported"))).isEqualTo(c.scores().dependencySupported());
            assertThat(Integer.parseInt(r.get("blockers"))).isEqualTo(c.blockers().size());
            if (c.closure() != null) {
                assertThat(Integer.parseInt(r.get("closure_lines"))).isEqualTo(c.closure().lines());
            }
        }
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsNeutralisedAndNothingElseChanges() throws IOException {
        Report report = SampleReports.hostile();
        List<CSVRecord> records = parse(export(report));

        assertThat(records).hasSize(report.candidates().size());
        for (int i = 0; i < records.size(); i++) {
            Candidate c = report.candidates().get(i);
            CSVRecord r = records.get(i);
            assertThat(r.size()).isEqualTo(CsvExporter.HEADER.size());
            assertThat(r.get("name")).isEqualTo(expected(c.name()));
            assertThat(r.get("file")).isEqualTo(expected(c.location().file()));
            assertThat(r.get("trigger")).isEqualTo(expected(c.trigger().type()));
            for (String value : r.values()) {
                assertThat(value).as("record %d", i).doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
                if (value.startsWith("-")) {
                    assertThat(value).as("only numbers may start with '-'").matches("-\\d+");
                }
            }
        }
        assertThat(records.get(3).get("name")).isEqualTo("'=cmd|' /C calc'!A0 #3");
        assertThat(records.get(9).get("name")).isEqualTo("line one\nline two\r\nline three #9");
    }

    @Test
    void neutralisingPrefixesAnApostrophe() {
        assertThat(CsvExporter.text("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvExporter.text("-x")).isEqualTo("'-x");
        assertThat(CsvExporter.text("\r=x")).isEqualTo("'\r=x");
        assertThat(CsvExporter.text("a=1")).isEqualTo("a=1");
        assertThat(CsvExporter.text("")).isEmpty();
    }

    private static String expected(String value) {
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String export(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporters.forFormat("csv").orElseThrow().write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(CsvExporter.HEADER);
            return parser.getRecords();
        }
    }
}
