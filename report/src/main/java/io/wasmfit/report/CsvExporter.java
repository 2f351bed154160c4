package io.wasmfit.report;

import io.wasmfit.matrix.LibraryVerdict;
import io.wasmfit.model.Blocker;
import io.wasmfit.model.Candidate;
import io.wasmfit.model.Report;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code wasmfit-report.csv}: one row per candidate with all scores, for spreadsheets. RFC 4180
 * quoting (CRLF rows, quotes doubled); a text cell that a spreadsheet would run as a formula
 * (starting with = + - @, tab or CR) gets a leading apostrophe, as OWASP advises.
 */
final class CsvExporter implements Exporter {

    static final List<String> HEADER = List.of("id", "name", "kind", "trigger", "trigger_detail", "file", "line",
            "verdict", "overall", "event_driven", "short_running", "dependency_supported", "blockers",
            "blocker_rules", "dependencies", "unsupported_dependencies", "closure_types", "closure_methods",
            "closure_lines", "patterns");

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String description() {
        return "CSV: one row per candidate with all scores, for spreadsheets";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get());
        for (Candidate c : report.candidates()) {
            var s = c.scores();
            var closure = c.closure();
            csv.printRecord(
                    text(c.id()), text(c.name()), c.kind().key(), text(c.trigger().type()), text(detail(c.trigger().detail())),
                    text(c.location().file()), c.location().line(),
                    c.verdict().key(), s.overall(), s.eventDriven(), s.shortRunning(), s.dependencySupported(),
                    c.blockers().size(),
                    text(c.blockers().stream().map(Blocker::ruleId).distinct().collect(Collectors.joining(";"))),
                    c.dependencies().size(),
                    text(c.dependencies().stream().filter(d -> d.verdict() == LibraryVerdict.UNSUPPORTED)
                            .map(d -> d.library()).collect(Collectors.joining(";"))),
                    closure == null ? "" : closure.types(), closure == null ? "" : closure.methods(),
                    closure == null ? "" : closure.lines(),
                    text(c.patterns().stream().map(p -> p.id()).collect(Collectors.joining(";"))));
        }
        csv.flush();
    }

    private static String detail(Map<String, String> detail) {
        return detail.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    /** Neutralises text a spreadsheet would evaluate; numbers are written as numbers and need nothing. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }

    @Override
    public List<String> signatures() {
        return List.of(String.join(",", HEADER.subList(0, 4)));
    }
}
