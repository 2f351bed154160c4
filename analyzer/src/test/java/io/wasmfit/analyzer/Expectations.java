package io.wasmfit.analyzer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.wasmfit.model.Candidate;
import io.wasmfit.model.Evidence;
import io.wasmfit.model.Pattern;
import io.wasmfit.model.Report;
import io.wasmfit.rules.Criterion;

/**
 * Compares a report with the {@code // expect:} markers of its sources, both ways: every marker
 * must find a candidate that agrees with it, and every candidate must have a marker. Keys:
 * {@code trigger} (type), {@code verdict}, {@code rule} (the entry rule), {@code signals} and
 * {@code patterns} (the exact sets of signal rules and Spin patterns, comma-separated, empty for
 * none); any other key is a trigger detail.
 */
final class Expectations {

    private Expectations() {
    }

    /** Every disagreement, as a sentence; empty when the report and the markers agree. */
    static List<String> check(Report report, ExpectationMarkers markers) {
        Map<String, Candidate> byPlace = new HashMap<>();
        report.candidates().forEach(c -> byPlace.put(c.location().file() + ":" + c.location().line(), c));
        List<String> failures = new ArrayList<>();
        Set<String> marked = new TreeSet<>();
        for (ExpectationMarkers.Marker m : markers.markers()) {
            String place = m.file() + ":" + m.methodLine();
            marked.add(place);
            Candidate c = byPlace.get(place);
            if (c == null) {
                failures.add("no candidate at " + place + " " + m.expected() + "; candidates: " + byPlace.keySet());
                continue;
            }
            m.expected().forEach((key, value) -> {
                String actual = actual(c, key);
                boolean isSet = key.equals("signals") || key.equals("patterns");
                if (isSet ? !set(value).equals(set(actual)) : !value.equals(actual)) {
                    failures.add(c.id() + " at " + place + ": " + key + " expected '" + value + "' but was '" + actual + "'");
                }
            });
        }
        for (Candidate c : report.candidates()) {
            String place = c.location().file() + ":" + c.location().line();
            if (!marked.contains(place)) {
                failures.add("unmarked candidate " + c.id() + " at " + place + " (" + c.trigger() + ", by "
                        + entryRule(c) + ")");
            }
        }
        return failures;
    }

    static String actual(Candidate c, String key) {
        return switch (key) {
            case "trigger" -> c.trigger().type();
            case "verdict" -> c.verdict().key();
            case "rule" -> entryRule(c);
            case "signals" -> sorted(signals(c));
            case "patterns" -> sorted(c.patterns().stream().map(Pattern::id).toList());
            default -> c.trigger().detail(key);
        };
    }

    /** The rule that found the entry point: the first eventDriven evidence. */
    static String entryRule(Candidate c) {
        return c.evidence().stream().filter(e -> e.criterion() == Criterion.EVENT_DRIVEN).map(Evidence::ruleId)
                .findFirst().orElse(null);
    }

    /** The signal rules that gave evidence (not the entry rule, baselines or catalog verdicts). */
    static Set<String> signals(Candidate c) {
        return c.evidence().stream()
                .filter(e -> e.criterion() != Criterion.EVENT_DRIVEN && !e.ruleId().equals("baseline")
                        && !e.ruleId().startsWith("catalog:"))
                .map(Evidence::ruleId).collect(Collectors.toCollection(TreeSet::new));
    }

    /** A marker's comma-separated set. */
    static Set<String> set(String value) {
        return value == null || value.isEmpty() ? Set.of()
                : Arrays.stream(value.split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String sorted(java.util.Collection<String> ids) {
        return String.join(",", new TreeSet<>(ids));
    }
}
