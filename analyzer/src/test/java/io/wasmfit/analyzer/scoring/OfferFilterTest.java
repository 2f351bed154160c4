package io.wasmfit.analyzer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.wasmfit.analyzer.facts.FileFacts;
import io.wasmfit.analyzer.parse.JavaFileParser;
import io.wasmfit.rules.Rule;
import io.wasmfit.rules.RuleLoader;
import io.wasmfit.rules.RuleSet;

/** Which body edits may change the entry points a file offers, decided from its facts alone. */
class OfferFilterTest {

    private static final String BEFORE = """
            package shop;

            import java.util.Map;

            public class Audit {
                private final Map<String, Integer> counts = new java.util.HashMap<>();

                public int record(String who) {
                    int n = counts.merge(who, 1, Integer::sum);
                    return n;
                }
            }
            """;

    private static final List<Rule> BUILT_IN = entryRules(RuleSet.builtIn());

    private static List<Rule> entryRules(RuleSet rules) {
        return rules.active().stream().filter(Rule::isEntryPoint).toList();
    }

    private static FileFacts facts(String source) {
        JavaFileParser.Outcome outcome = new JavaFileParser(1 << 20).parse(source.getBytes(StandardCharsets.UTF_8),
                "src/main/java/shop/Audit.java");
        assertThat(outcome.parsed()).as(outcome.problems().toString()).isTrue();
        return outcome.facts();
    }

    private static boolean mayChange(List<Rule> rules, String after) {
        return OfferFilter.mayChangeOffers(rules, facts(BEFORE), facts(after));
    }

    @Test
    void commentsAndMovedLinesChangeNothing() {
        assertThat(mayChange(BUILT_IN, "// moved\n\n" + BEFORE.replace("return n;", "return n; // the count"))).isFalse();
    }

    @Test
    void aCallNoEntryRuleNamesChangesNothing() {
        assertThat(mayChange(BUILT_IN, BEFORE.replace("return n;", "System.out.println(who);\n        return n;"))).isFalse();
    }

    @Test
    void aRegistrationCallMayAddAnEntryPoint() {
        assertThat(mayChange(BUILT_IN, BEFORE.replace("return n;",
                "io.javalin.Javalin.create().get(\"/late\", ctx -> ctx.result(\"x\"));\n        return n;"))).isTrue();
    }

    /** Without the index a call's receiver type is unknown: a call named like a registration is looked at. */
    @Test
    void aCallNamedLikeARegistrationIsLookedAtWithTheIndex() {
        assertThat(mayChange(BUILT_IN, BEFORE.replace("return n;", "counts.get(who);\n        return n;"))).isTrue();
    }

    @Test
    void aRuleThatReadsTheTextMayChangeWithAnyEdit() {
        RuleLoader.Result loaded = RuleLoader.load("""
                pack: test
                rules:
                  - id: text-entry
                    criterion: eventDriven
                    points: 100
                    message: entry
                    match: {text: {pattern: "ENTRY"}}
                    trigger: {kind: http, type: http, detail: {method: GET, route: /x}}
                """, "test.yaml");
        assertThat(loaded.errors()).isEmpty();
        List<Rule> text = entryRules(RuleSet.of(loaded.packs()));
        assertThat(mayChange(text, "// ENTRY\n" + BEFORE)).isTrue();
        assertThat(mayChange(BUILT_IN, "// ENTRY\n" + BEFORE)).isFalse();
    }

    @Test
    void aNewLambdaOrAFileThatStoppedParsingMayChangeAnything() {
        assertThat(mayChange(BUILT_IN, BEFORE.replace("return n;", "Runnable r = () -> {};\n        return n;"))).isTrue();
        assertThat(OfferFilter.mayChangeOffers(BUILT_IN, facts(BEFORE), null)).isTrue();
    }
}
