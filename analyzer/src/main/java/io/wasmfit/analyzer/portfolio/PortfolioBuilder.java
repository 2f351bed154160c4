package io.wasmfit.analyzer.portfolio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.wasmfit.model.Candidate;
import io.wasmfit.model.Portfolio;
import io.wasmfit.model.Report;
import io.wasmfit.model.Tool;
import io.wasmfit.model.Verdict;

/** Merges repositories' reports (and failures) into one {@link Portfolio}, candidates ranked together. */
public final class PortfolioBuilder {

    private final List<Portfolio.Repository> repositories = new ArrayList<>();
    private final List<Portfolio.Entry> candidates = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private int files;
    private long durationMs;

    /**
     * A unique name for a repository: the last path segment of its git URL or folder, with -2,
     * -3... when two repositories would share one. Reserve it before writing its files.
     */
    public synchronized String reserve(String location) {
        String base = nameOf(location);
        String name = base;
        for (int i = 2; !names.add(name); i++) {
            name = base + "-" + i;
        }
        return name;
    }

    /**
     * Adds a repository's report under a reserved name.
     *
     * @param reportPath where its full report is, relative to the portfolio, or null
     */
    public synchronized void add(String name, String location, Report report, String reportPath) {
        repositories.add(new Portfolio.Repository(name, location, report.source(), "ok", null, report.summary(),
                verdicts(report.candidates()), reportPath));
        for (Candidate c : report.candidates()) {
            candidates.add(new Portfolio.Entry(name, c.id(), c.name(), c.kind(), c.trigger(), c.location(), c.scores(),
                    c.verdict(), c.blockers().size()));
        }
        files += report.summary().files();
        durationMs += report.summary().durationMs();
    }

    /** Adds a repository that could not be scanned, under a reserved name, with the reason. */
    public synchronized void failed(String name, String location, String error) {
        repositories.add(new Portfolio.Repository(name, location, null, "failed", error, null, null, null));
    }

    /** The name a repository will get: the last path segment of its URL or folder. */
    public static String nameOf(String location) {
        String trimmed = location.replaceAll("[/\\\\]+$", "").replaceAll("\\.git$", "");
        int cut = Math.max(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')), trimmed.lastIndexOf(':'));
        String name = trimmed.substring(cut + 1).replaceAll("[^A-Za-z0-9._-]", "-");
        return name.isEmpty() ? "repository" : name;
    }

    public synchronized Portfolio build(String toolVersion) {
        List<Portfolio.Repository> repos = new ArrayList<>(repositories);
        repos.sort(Comparator.comparing(Portfolio.Repository::name));
        List<Portfolio.Entry> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparing((Portfolio.Entry e) -> -e.scores().overall())
                .thenComparing(Portfolio.Entry::repository).thenComparing(Portfolio.Entry::id));
        Map<String, Integer> verdicts = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) {
            verdicts.put(v.key(), (int) ranked.stream().filter(e -> e.verdict() == v).count());
        }
        int failed = (int) repos.stream().filter(r -> r.status().equals("failed")).count();
        return new Portfolio(1, new Tool("wasmfit", toolVersion),
                new Portfolio.Totals(repos.size(), failed, files, ranked.size(), verdicts, durationMs), repos, ranked);
    }

    private static Map<String, Integer> verdicts(List<Candidate> candidates) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) {
            out.put(v.key(), (int) candidates.stream().filter(c -> c.verdict() == v).count());
        }
        return out;
    }
}
