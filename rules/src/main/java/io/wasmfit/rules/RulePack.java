package io.wasmfit.rules;

import java.util.List;

/**
 * The rules of one file. {@code disable} lists rule ids (of any pack) this pack switches off;
 * {@code scoring} is null unless the pack overrides the default scoring.
 */
public record RulePack(String id, String title, String source, List<Rule> rules, List<String> disable,
                       Scoring scoring) {

    public RulePack {
        rules = List.copyOf(rules);
        disable = List.copyOf(disable);
    }
}
