package io.wasmfit.rules;

import java.util.List;

/**
 * The rules of one file (or of one Konveyor ruleset folder). {@code disable} lists rule and
 * pattern ids (of any pack) this pack switches off; {@code scoring} is null unless the pack
 * overrides the default scoring; {@code warnings} are what was read but cannot be honoured (a
 * Konveyor condition wasmfit does not evaluate), kept so that nothing is dropped silently.
 */
public record RulePack(String id, String title, String source, List<Rule> rules, List<String> disable,
                       Scoring scoring, List<SpinPattern> patterns, List<RuleError> warnings) {

    public RulePack {
        rules = List.copyOf(rules);
        disable = List.copyOf(disable);
        patterns = List.copyOf(patterns);
        warnings = List.copyOf(warnings);
    }

    public RulePack(String id, String title, String source, List<Rule> rules, List<String> disable, Scoring scoring) {
        this(id, title, source, rules, disable, scoring, List.of(), List.of());
    }
}
