package io.wasmfit.report;

import io.wasmfit.model.Report;
import io.wasmfit.model.ReportJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON export is the report contract: it reads back to the same report and matches docs/report.schema.json. */
class JsonExporterTest {

    static final Path REPORT_SCHEMA = Path.of("..", "docs", "report.schema.json");
    private static SchemaValidator schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schema = SchemaValidator.fromFile(REPORT_SCHEMA);
    }

    @Test
    void theExportReadsBackToTheSameReport() throws Exception {
        for (Report report : new Report[] {SampleReports.shop(), SampleReports.hostile(), SampleReports.synthetic(50, 3)}) {
            assertThat(ReportJson.fromJson(export(report))).isEqualTo(report);
        }
    }

    @Test
    void theExportMatchesThePublishedSchema() throws IOException {
        assertThat(schema.errors(export(SampleReports.shop()))).isEmpty();
        assertThat(schema.errors(export(SampleReports.hostile()))).isEmpty();
        assertThat(schema.errors(export(SampleReports.synthetic(300, 5)))).isEmpty();
        assertThat(schema.errors(export(ExampleReport.load()))).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatTheContractForbids() throws IOException {
        String valid = export(SampleReports.shop());
        assertThat(schema.errors(valid.replaceFirst("\"verdict\" : \"strong\"", "\"verdict\" : \"great\""))).isNotEmpty();
        assertThat(schema.errors(valid.replaceFirst("\"overall\" : \\d+", "\"overall\" : 101"))).isNotEmpty();
        assertThat(schema.errors(valid.replaceFirst("\"criterion\" : \"eventDriven\"", "\"criterion\" : \"fast\""))).isNotEmpty();
        assertThat(schema.errors(valid.replaceFirst("\"schemaVersion\" : 1", "\"schemaVersion\" : 2"))).isNotEmpty();
        assertThat(schema.errors(valid.replaceFirst("\"id\" : \"com[^\"]*\",", ""))).isNotEmpty();
        assertThat(schema.errors(valid.replaceFirst("\"kind\" : \"http\"", "\"kind\" : \"ftp\""))).isNotEmpty();
    }

    private static String export(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporters.forFormat("json").orElseThrow().write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
