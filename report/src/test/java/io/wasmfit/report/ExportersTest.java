package io.wasmfit.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportersTest {

    @Test
    void theRegistryHasOneExporterPerFormatEachWithItsOwnFileName() {
        assertThat(Exporters.all()).extracting(Exporter::format).containsExactly("json", "html", "md", "csv", "sarif");
        assertThat(Exporters.all()).extracting(Exporter::fileName).containsExactly("wasmfit-report.json",
                "wasmfit-report.html", "wasmfit-report.md", "wasmfit-report.csv", "wasmfit-report.sarif");
        assertThat(Exporters.all()).allSatisfy(e -> assertThat(e.description()).isNotBlank());
        assertThat(Exporters.forFormat("HTML")).containsSame(Exporters.all().get(1));
        assertThat(Exporters.forFormat("pdf")).isEmpty();
    }

    @Test
    void aFormatListIsParsedInOrderWithoutDuplicates() {
        assertThat(Exporters.parse(" sarif, json ,SARIF")).extracting(Exporter::format).containsExactly("sarif", "json");
        assertThat(Exporters.parse(String.join(",", Exporters.DEFAULT_FORMATS))).extracting(Exporter::format)
                .containsExactly("json", "html");
    }

    @Test
    void anUnknownOrEmptyFormatIsNamedWithTheKnownOnes() {
        assertThatThrownBy(() -> Exporters.parse("json,pdf"))
                .hasMessage("unknown report format 'pdf' (expected json, html, md, csv, sarif)");
        assertThatThrownBy(() -> Exporters.parse("json,,html"))
                .hasMessage("empty format in 'json,,html' (expected json, html, md, csv, sarif)");
    }

    @Test
    void eachExporterRecognisesItsOwnOutputAndNotAnotherFormats() throws Exception {
        var report = SampleReports.shop();
        for (Exporter writer : Exporters.all()) {
            var out = new java.io.ByteArrayOutputStream();
            writer.write(report, out);
            byte[] head = java.util.Arrays.copyOf(out.toByteArray(), Math.min(4096, out.size()));
            for (Exporter reader : Exporters.all()) {
                assertThat(reader.wroteFile(head)).as(reader.format() + " reading a " + writer.format() + " file")
                        .isEqualTo(reader == writer);
            }
            assertThat(writer.wroteFile("hand-written notes".getBytes())).isFalse();
        }
    }
}
