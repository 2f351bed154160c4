package io.wasmfit.model;

import java.util.List;

/**
 * Many repositories' reports merged into one view ({@code wasmfit-portfolio.json}): each
 * repository with its status and totals, and every candidate of every repository ranked together.
 * The full per-repository reports stay in their own files, named in {@link Repository#report}.
 */
public record Portfolio(int schemaVersion, Tool tool, Totals summary, List<Repository> repositories,
                        List<Entry> candidates) {

    public static final String FILE_NAME = "wasmfit-portfolio.json";

    public Portfolio {
        repositories = List.copyOf(repositories);
        candidates = List.copyOf(candidates);
    }

    /** Totals over all repositories; {@code verdicts} counts candidates by verdict key. */
    public record Totals(int repositories, int failedRepositories, int files, int candidates,
                         java.util.Map<String, Integer> verdicts, long durationMs) {
        public Totals {
            verdicts = new java.util.TreeMap<>(verdicts);
        }
    }

    /**
     * One repository: {@code status} is {@code ok} or {@code failed} (then {@code error} says why and
     * the rest is empty); {@code report} is the path of its full report relative to the portfolio.
     */
    public record Repository(String name, String location, Source source, String status, String error,
                             Summary summary, java.util.Map<String, Integer> verdicts, String report) {
        public Repository {
            verdicts = verdicts == null ? java.util.Map.of() : new java.util.TreeMap<>(verdicts);
        }
    }

    /** A candidate of one repository, with what is needed to rank and find it. */
    public record Entry(String repository, String id, String name, CandidateKind kind, Trigger trigger,
                        Location location, Scores scores, Verdict verdict, int blockers) {
    }
}
