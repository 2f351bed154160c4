package io.wasmfit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RuleSetTest {

    @Test
    void builtInPacksLoadWithoutErrorsAndCoverEveryCriterion() {
        RuleSet rules = RuleSet.builtIn();
        assertThat(rules.packs()).extracting(RulePack::id)
                .contains("spring-web", "jaxrs", "messaging", "schedules", "functions", "short-running", "dependencies");
        assertThat(rules.active()).extracting(Rule::criterion).contains(Criterion.values());
        assertThat(rules.active().stream().filter(Rule::isEntryPoint)).allSatisfy(r -> {
            assertThat(r.criterion()).isEqualTo(Criterion.EVENT_DRIVEN);
            assertThat(r.trigger().type()).isNotBlank();
        });
        assertThat(rules.scoring()).isEqualTo(Scoring.DEFAULT);
    }

    @Test
    void userPacksOverrideByIdAndDisable() {
        RuleLoader.Result user = RuleLoader.load("""
                pack: team
                disable: [reflection]
                rules:
                  - id: thread-sleep
                    criterion: shortRunning
                    points: -5
                    message: mild
                    match: {call: {type: java.lang.Thread, name: sleep}}
                """, "team.yaml");
        RuleSet rules = RuleSet.builtIn().with(user.packs());
        assertThat(rules.isActive("reflection")).isFalse();
        assertThat(rules.active()).filteredOn(r -> r.id().equals("thread-sleep")).singleElement()
                .satisfies(r -> {
                    assertThat(r.points()).isEqualTo(-5);
                    assertThat(r.pack()).isEqualTo("team");
                });
        assertThat(rules.fingerprint()).isNotEqualTo(RuleSet.builtIn().fingerprint());
    }

    @Test
    void switchingRulesOffAndOnAgainRestoresTheFingerprint() {
        RuleSet base = RuleSet.builtIn();
        RuleSet off = base.without(List.of("unbounded-loop"));
        assertThat(off.isActive("unbounded-loop")).isFalse();
        assertThat(off.all()).hasSameSizeAs(base.all());
        assertThat(off.withDisabled(List.of()).fingerprint()).isEqualTo(base.fingerprint());
    }
}
