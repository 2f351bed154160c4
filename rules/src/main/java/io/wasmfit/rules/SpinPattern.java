package io.wasmfit.rules;

import java.util.List;
import java.util.Set;

/**
 * A Spin architecture pattern (from Fermyon's enterprise-architectures-and-patterns collection)
 * and when it fits a candidate. A candidate fits when any of {@code when}'s alternatives holds.
 *
 * @param advice what to change in the code to follow the pattern
 * @param pack   id of the pack the pattern came from
 */
public record SpinPattern(String id, String title, String advice, String link, List<Condition> when, String pack) {

    public SpinPattern {
        when = List.copyOf(when);
    }

    /**
     * Everything given must hold (a null or empty part is not checked).
     *
     * @param kinds      candidate kinds (http, message, schedule, function, event)
     * @param entry      a match on the entry method itself
     * @param closure    a match somewhere in the candidate's closure
     * @param repository a match somewhere in the repository (CORS configuration, for example)
     * @param evidence   ids of rules of which at least one gave the candidate evidence
     */
    public record Condition(Set<String> kinds, Match entry, Match closure, Match repository, List<String> evidence) {

        public Condition {
            kinds = Set.copyOf(kinds);
            evidence = List.copyOf(evidence);
        }
    }
}
