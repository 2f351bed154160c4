package io.wasmfit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The registry of report formats: one {@link Exporter} per format, in a fixed order. */
public final class Exporters {

    /** What {@code wasmfit scan} writes when no {@code --format} is given. */
    public static final List<String> DEFAULT_FORMATS = List.of("json", "html");

    private static final List<Exporter> ALL = List.of(
            new JsonExporter(), new HtmlExporter(), new MarkdownExporter(), new CsvExporter(), new SarifExporter());

    private Exporters() {
    }

    public static List<Exporter> all() {
        return ALL;
    }

    public static Optional<Exporter> forFormat(String format) {
        String wanted = format.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(e -> e.format().equals(wanted)).findFirst();
    }

    /**
     * The exporters for a comma-separated list such as {@code json,html} (case and spaces ignored,
     * duplicates dropped, order kept).
     *
     * @throws IllegalArgumentException naming the unknown format and the known ones
     */
    public static List<Exporter> parse(String formats) {
        List<Exporter> chosen = new ArrayList<>();
        for (String part : formats.split(",", -1)) {
            if (part.isBlank()) {
                throw new IllegalArgumentException("empty format in '" + formats + "' (expected " + known() + ")");
            }
            Exporter exporter = forFormat(part).orElseThrow(() -> new IllegalArgumentException(
                    "unknown report format '" + part.trim() + "' (expected " + known() + ")"));
            if (!chosen.contains(exporter)) {
                chosen.add(exporter);
            }
        }
        return List.copyOf(chosen);
    }

    private static String known() {
        return ALL.stream().map(Exporter::format).collect(Collectors.joining(", "));
    }
}
