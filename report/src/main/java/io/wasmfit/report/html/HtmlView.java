package io.wasmfit.report.html;

import io.wasmfit.model.Candidate;
import io.wasmfit.model.Evidence;
import io.wasmfit.model.Report;
import io.wasmfit.model.Verdict;
import io.wasmfit.report.ReportText;
import io.wasmfit.rules.Criterion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Everything the HTML template shows, prepared from a {@link Report}: counts, chart geometry, and
 * per candidate the texts the table sorts and filters on. Strings stay raw here: the template
 * engine escapes every one of them for the place it lands in.
 */
public record HtmlView(Report report, HtmlAssets assets, List<CandidateView> candidates,
                       List<Charts.Slice> verdictSlices, List<Charts.Bin> histogram,
                       List<Charts.TriggerBar> triggers) {

    public static HtmlView of(Report report, HtmlAssets assets) {
        List<Candidate> all = report.candidates();
        List<CandidateView> views = IntStream.range(0, all.size())
                .mapToObj(i -> new CandidateView(i + 1, all.get(i)))
                .toList();
        return new HtmlView(report, assets, views, Charts.verdictSlices(all), Charts.histogram(all),
                Charts.triggers(all));
    }

    public String title() {
        return "wasmfit report: " + projectName();
    }

    public String projectName() {
        return ReportText.projectName(report);
    }

    public int count(String verdict) {
        return ReportText.count(report, Verdict.fromKey(verdict));
    }

    public int blockedCount() {
        return ReportText.withBlockers(report);
    }

    public int triggerChartHeight() {
        return Charts.triggerChartHeight(triggers);
    }

    /** Distinct trigger types, for the filter. */
    public List<String> triggerTypes() {
        return triggers.stream().map(Charts.TriggerBar::type).sorted().toList();
    }

    public List<String> verdicts() {
        return java.util.Arrays.stream(Verdict.values()).map(Verdict::key).toList();
    }

    /** Only http(s) links become clickable: a pattern link is text from a rule pack, never trusted. */
    public static String httpLink(String link) {
        if (link == null) {
            return null;
        }
        String lower = link.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? link.trim() : null;
    }

    /** One candidate as the page shows it; {@code index} is its 1-based position in the report. */
    public record CandidateView(int index, Candidate c) {

        public String anchor() {
            return "c" + index;
        }

        /** Higher is better: strong 3, possible 2, poor 1, so sorting on it agrees with sorting on scores. */
        public int verdictRank() {
            return Verdict.values().length - c.verdict().ordinal();
        }

        /** The trigger in a few words: {@code GET /orders/{id}}, {@code kafka orders}, {@code cron 0 * * * * *}. */
        public String triggerText() {
            return ReportText.describe(c.trigger());
        }

        /** Lower-case text the filter box matches against. */
        public String searchText() {
            return String.join(" ", c.name(), c.id(), c.kind().key(), triggerText(), c.location().file(),
                    c.verdict().key()).toLowerCase(Locale.ROOT);
        }

        public List<ScoreBar> scoreBars() {
            var s = c.scores();
            return List.of(new ScoreBar(label(Criterion.EVENT_DRIVEN), s.eventDriven()),
                    new ScoreBar(label(Criterion.SHORT_RUNNING), s.shortRunning()),
                    new ScoreBar(label(Criterion.DEPENDENCY_SUPPORTED), s.dependencySupported()),
                    new ScoreBar("Overall", s.overall()));
        }

        /** Evidence grouped in criterion order, strongest first within a criterion. */
        public List<Evidence> evidence() {
            List<Evidence> sorted = new ArrayList<>(c.evidence());
            sorted.sort(java.util.Comparator.comparing(Evidence::criterion)
                    .thenComparing(Evidence::points, java.util.Comparator.reverseOrder()));
            return sorted;
        }

        public String closureText() {
            var cl = c.closure();
            if (cl == null) {
                return "not computed";
            }
            String text = cl.types() + " types, " + cl.methods() + " methods, " + cl.lines() + " lines";
            if (cl.unresolvedCalls() > 0) {
                text += ", " + cl.unresolvedCalls() + (cl.unresolvedCalls() == 1 ? " unresolved call" : " unresolved calls");
            }
            return cl.truncated() ? text + " (walk stopped at its bound: at least this much)" : text;
        }
    }

    /** How the page names a criterion. */
    public static String label(Criterion criterion) {
        return switch (criterion) {
            case EVENT_DRIVEN -> "Event-driven";
            case SHORT_RUNNING -> "Short-running";
            case DEPENDENCY_SUPPORTED -> "Dependencies supported";
        };
    }

    /** A 0–100 score as a bar; {@code band} colours it like the verdict that score would get. */
    public record ScoreBar(String label, int value) {
        public String band() {
            return Verdict.of(value).key();
        }
    }
}
