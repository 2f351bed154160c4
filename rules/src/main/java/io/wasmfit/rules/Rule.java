package io.wasmfit.rules;

/**
 * One rule of a pack. A rule with a {@link TriggerSpec} finds entry points (and scores
 * eventDriven); the others are signals looked for in a candidate's closure.
 *
 * @param points  added to the criterion when the rule matches (negative for a penalty)
 * @param blocker a match caps the candidate's overall score (it cannot run as Wasm until redesigned)
 * @param message shown as evidence; {@code {name}} placeholders take captured values
 * @param pack    id of the pack the rule came from
 * @param effort  story points of a rule imported from a Konveyor ruleset (null otherwise), kept to be shown
 */
public record Rule(String id, String title, Criterion criterion, int points, boolean blocker, String message,
                   String link, Match match, TriggerSpec trigger, String pack, Integer effort) {

    public Rule(String id, String title, Criterion criterion, int points, boolean blocker, String message, String link,
                Match match, TriggerSpec trigger, String pack) {
        this(id, title, criterion, points, blocker, message, link, match, trigger, pack, null);
    }

    public boolean isEntryPoint() {
        return trigger != null;
    }
}
