package io.wasmfit.report;

import io.wasmfit.model.Candidate;
import io.wasmfit.model.Report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * CI mode: {@code --fail-under N} fails when no candidate reaches an overall score of N;
 * {@code --fail-on blocker} fails when any candidate has a blocker. The result says why, in
 * sentences a build log can show as they are.
 */
public record CiGate(OptionalInt failUnder, boolean failOnBlocker) {

    public CiGate {
        if (failUnder.isPresent() && (failUnder.getAsInt() < 0 || failUnder.getAsInt() > 100)) {
            throw new IllegalArgumentException("--fail-under must be a score from 0 to 100, not " + failUnder.getAsInt());
        }
    }

    /** A gate that passes every report. */
    public static CiGate none() {
        return new CiGate(OptionalInt.empty(), false);
    }

    /** What {@code --fail-on} accepts. */
    public static boolean failOnBlocker(List<String> failOn) {
        for (String condition : failOn) {
            if (!condition.trim().equalsIgnoreCase("blocker")) {
                throw new IllegalArgumentException("unknown --fail-on condition '" + condition.trim() + "' (expected blocker)");
            }
        }
        return !failOn.isEmpty();
    }

    public boolean isActive() {
        return failUnder.isPresent() || failOnBlocker;
    }

    public Result check(Report report) {
        List<String> reasons = new ArrayList<>();
        if (failUnder.isPresent()) {
            int threshold = failUnder.getAsInt();
            var best = report.candidates().stream().max(Comparator.comparingInt(c -> c.scores().overall()));
            if (best.isEmpty()) {
                reasons.add("no candidate was found, so none reaches --fail-under " + threshold);
            } else if (best.get().scores().overall() < threshold) {
                Candidate top = best.get();
                reasons.add("no candidate reaches --fail-under " + threshold + ": the best is " + top.name()
                        + " with " + top.scores().overall() + " (" + top.verdict().key() + ")");
            }
        }
        if (failOnBlocker) {
            List<Candidate> blocked = report.candidates().stream().filter(c -> !c.blockers().isEmpty()).toList();
            if (!blocked.isEmpty()) {
                int blockers = blocked.stream().mapToInt(c -> c.blockers().size()).sum();
                var first = blocked.get(0).blockers().get(0);
                reasons.add(blockers + (blockers == 1 ? " blocker" : " blockers") + " in " + blocked.size()
                        + (blocked.size() == 1 ? " candidate" : " candidates") + " (--fail-on blocker), first: "
                        + blocked.get(0).name() + ": " + first.message() + " at " + first.file() + ":" + first.line());
            }
        }
        return new Result(reasons.isEmpty(), List.copyOf(reasons));
    }

    /** Whether the report passed the gate; when it did not, why (one sentence per failed condition). */
    public record Result(boolean passed, List<String> reasons) {
    }
}
