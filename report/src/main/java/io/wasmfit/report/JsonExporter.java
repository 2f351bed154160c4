package io.wasmfit.report;

import io.wasmfit.model.Report;
import io.wasmfit.model.ReportJson;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code wasmfit-report.json}: the report contract itself, written by {@link ReportJson}. */
final class JsonExporter implements Exporter {

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String description() {
        return "JSON: the full report, for tools and for 'wasmfit diff' (schema: docs/report.schema.json)";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        out.write(ReportJson.toJson(report).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public List<String> signatures() {
        return List.of("\"schemaVersion\" : ", "\"name\" : \"wasmfit\"");
    }
}
