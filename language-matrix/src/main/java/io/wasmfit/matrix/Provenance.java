package io.wasmfit.matrix;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Where a data file's facts come from ({@code source} URLs) and when they were checked ({@code asOf}). */
record Provenance(List<String> sources, LocalDate asOf) {

    Provenance {
        sources = List.copyOf(sources);
    }

    static Provenance read(Yaml.Fields fields, String file) throws CatalogException {
        fields.required("source");
        List<String> sources = new ArrayList<>();
        for (Yaml.Located url : fields.texts("source")) {
            if (!url.text().startsWith("https://") && !url.text().startsWith("http://")) {
                throw Yaml.error(file, url.pos(), "each 'source' must be an http(s) URL, not '" + url.text() + "'");
            }
            sources.add(url.text());
        }
        Yaml.Field asOf = fields.required("asOf");
        String text = fields.text(asOf);
        try {
            return new Provenance(sources, LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw Yaml.error(file, asOf.value().pos(), "'asOf' must be a date like 2026-11-27, not '" + text + "'");
        }
    }

    /** Several files' provenance as one: every distinct source, and the oldest date (the data is at least that fresh). */
    static Provenance merge(List<Provenance> parts) {
        List<String> sources = parts.stream().flatMap(p -> p.sources().stream()).distinct().toList();
        LocalDate oldest = parts.stream().map(Provenance::asOf).min(LocalDate::compareTo).orElseThrow();
        return new Provenance(sources, oldest);
    }

    String source() {
        return String.join(" ", sources);
    }
}
