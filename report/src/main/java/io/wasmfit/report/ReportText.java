package io.wasmfit.report;

import io.wasmfit.model.Report;
import io.wasmfit.model.Source;
import io.wasmfit.model.Trigger;
import io.wasmfit.model.Verdict;

import java.util.stream.Collectors;

/** Short texts about a report that every human-readable format shows the same way. */
public final class ReportText {

    private ReportText() {
    }

    /** The last segment of the scanned git URL or folder: {@code shop} for {@code /work/shop}. */
    public static String projectName(Report report) {
        Source s = report.source();
        String path = s.gitUrl() != null ? s.gitUrl() : s.root();
        if (path == null || path.isBlank()) {
            return "unnamed project";
        }
        String trimmed = path.replaceAll("[/\\\\]+$", "").replaceAll("\\.git$", "");
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        return trimmed.substring(slash + 1);
    }

    public static int count(Report report, Verdict verdict) {
        return (int) report.candidates().stream().filter(c -> c.verdict() == verdict).count();
    }

    public static int withBlockers(Report report) {
        return (int) report.candidates().stream().filter(c -> !c.blockers().isEmpty()).count();
    }

    /** A trigger in a few words: {@code GET /orders/{id}}, {@code kafka orders}, {@code cron 0 0 * * * *}. */
    public static String describe(Trigger t) {
        var d = t.detail();
        if (t.type().equals("http") && (d.containsKey("method") || d.containsKey("route"))) {
            return join(d.get("method"), d.get("route"));
        }
        String detail;
        if (t.type().equals("cron")) {
            detail = d.get("cron") != null ? d.get("cron") : d.get("source");
        } else if (d.containsKey("destination")) {
            detail = d.get("destination");
        } else if (d.containsKey("handler")) {
            detail = d.get("handler");
        } else {
            detail = d.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
        }
        return join(t.type(), detail);
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a) + " " + (b == null ? "" : b)).trim();
    }
}
