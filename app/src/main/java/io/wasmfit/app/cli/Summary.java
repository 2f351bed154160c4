package io.wasmfit.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

import io.wasmfit.model.Candidate;
import io.wasmfit.model.Report;
import io.wasmfit.model.Verdict;

/** The few lines a scan prints: totals, candidates by verdict, and the best candidates. */
final class Summary {

    private static final int SHOWN = 15;

    private Summary() {
    }

    static void print(Report report, PrintWriter out) {
        var s = report.summary();
        Map<Verdict, Integer> byVerdict = new TreeMap<>();
        report.candidates().forEach(c -> byVerdict.merge(c.verdict(), 1, Integer::sum));
        out.printf("Scanned %d Java files (%d parsed, %d skipped or broken) in %.1f s%n", s.files(), s.parsedFiles(),
                s.failedFiles(), s.durationMs() / 1000.0);
        out.printf("%d candidates: %d strong, %d possible, %d poor; %d problems%n", s.candidates(),
                byVerdict.getOrDefault(Verdict.STRONG, 0), byVerdict.getOrDefault(Verdict.POSSIBLE, 0),
                byVerdict.getOrDefault(Verdict.POOR, 0), report.problems().size());
        if (report.candidates().isEmpty()) {
            return;
        }
        out.println();
        out.printf("%-8s %5s  %-7s %-28s %s%n", "verdict", "score", "trigger", "detail", "candidate");
        for (Candidate c : report.candidates().subList(0, Math.min(SHOWN, report.candidates().size()))) {
            out.printf("%-8s %5d  %-7s %-28s %s%n", c.verdict().key(), c.scores().overall(), c.trigger().type(),
                    abbreviate(detail(c), 28), c.name());
        }
        if (report.candidates().size() > SHOWN) {
            out.printf("... and %d more in the report%n", report.candidates().size() - SHOWN);
        }
    }

    private static String detail(Candidate c) {
        var d = c.trigger().detail();
        if (d.containsKey("route")) {
            return d.getOrDefault("method", "") + " " + d.get("route");
        }
        for (String key : new String[] {"destination", "cron", "handler"}) {
            if (d.containsKey(key)) {
                return d.get(key);
            }
        }
        return "";
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
