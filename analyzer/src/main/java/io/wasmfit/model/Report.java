package io.wasmfit.model;

import java.util.List;

/**
 * The result of a scan: the contract of {@code wasmfit-report.json} (see DESIGN.md). Every other
 * part of wasmfit (exports, GUI, generator) reads this model; fields may be added, never removed.
 */
public record Report(
        int schemaVersion,
        Tool tool,
        Source source,
        Summary summary,
        List<Candidate> candidates,
        List<Problem> problems) {

    public static final int SCHEMA_VERSION = 1;

    public Report {
        candidates = List.copyOf(candidates);
        problems = List.copyOf(problems);
    }

    /** The candidate with this id, if the report has one. */
    public java.util.Optional<Candidate> candidate(String id) {
        return candidates.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
