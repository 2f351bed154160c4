package io.wasmfit.report;

import io.wasmfit.model.Candidate;
import io.wasmfit.model.Report;
import io.wasmfit.model.Verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two reports of the same code: candidates (matched by their stable id) that
 * appeared, disappeared, or changed verdict or overall score. Lists follow the newer report's
 * order, disappeared ones the older report's.
 */
public record ReportDiff(List<Candidate> appeared, List<Candidate> disappeared, List<Change> changed) {

    public static ReportDiff between(Report older, Report newer) {
        Map<String, Candidate> before = byId(older);
        Map<String, Candidate> after = byId(newer);
        List<Candidate> appeared = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        for (Candidate now : after.values()) {
            Candidate then = before.get(now.id());
            if (then == null) {
                appeared.add(now);
            } else if (then.verdict() != now.verdict() || then.scores().overall() != now.scores().overall()) {
                changed.add(new Change(then, now));
            }
        }
        List<Candidate> disappeared = before.values().stream().filter(c -> !after.containsKey(c.id())).toList();
        return new ReportDiff(List.copyOf(appeared), disappeared, List.copyOf(changed));
    }

    public boolean isEmpty() {
        return appeared.isEmpty() && disappeared.isEmpty() && changed.isEmpty();
    }

    private static Map<String, Candidate> byId(Report report) {
        Map<String, Candidate> map = new LinkedHashMap<>();
        for (Candidate c : report.candidates()) {
            map.putIfAbsent(c.id(), c);
        }
        return map;
    }

    /** One candidate in both reports whose verdict or overall score differs. */
    public record Change(Candidate before, Candidate after) {

        public Verdict verdictBefore() {
            return before.verdict();
        }

        public Verdict verdictAfter() {
            return after.verdict();
        }

        public int scoreDelta() {
            return after.scores().overall() - before.scores().overall();
        }

        public boolean verdictChanged() {
            return before.verdict() != after.verdict();
        }
    }
}
