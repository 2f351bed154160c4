package io.wasmfit.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.wasmfit.model.Candidate;
import io.wasmfit.model.Evidence;
import io.wasmfit.model.Report;
import io.wasmfit.model.Verdict;
import io.wasmfit.rules.Criterion;
import io.wasmfit.rules.RuleLoader;
import io.wasmfit.rules.RuleSet;
import io.wasmfit.rules.Scoring;

/** DESIGN.md "Scoring": the formula, the blocker cap, the verdict bands, and evidence adding up. */
class ScoringTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "ED {0}, SR {1}, DS {2}, blocked {3} → {4}")
    @CsvSource({
        "100, 100, 100, false, 100",
        "100, 100, 0, false, 70",
        "90, 80, 60, false, 78",
        "50, 85, 80, false, 70",
        "51, 51, 51, false, 51",
        "100, 100, 100, true, 39",
        "20, 10, 10, true, 14",
        "0, 0, 0, false, 0"})
    void overallIsTheRoundedWeightedSumCappedByBlockers(int ed, int sr, int ds, boolean blocked, int overall) {
        assertThat(Scoring.DEFAULT.overall(ed, sr, ds, blocked)).isEqualTo(overall);
    }

    @ParameterizedTest
    @CsvSource({"100, STRONG", "70, STRONG", "69, POSSIBLE", "40, POSSIBLE", "39, POOR", "0, POOR"})
    void verdictBands(int overall, Verdict verdict) {
        assertThat(Verdict.of(overall)).isEqualTo(verdict);
    }

    @Test
    void everyPointOfEveryScoreComesFromEvidence() {
        Report r = TestProjects.scan(TestProjects.exampleShop().toString(), null, RuleSet.builtIn());
        assertThat(r.candidates()).isNotEmpty().allSatisfy(ScoringTest::addsUp);
    }

    private static void addsUp(Candidate c) {
        Map<Criterion, Integer> sums = new EnumMap<>(Criterion.class);
        for (Evidence e : c.evidence()) {
            sums.merge(e.criterion(), e.points(), Integer::sum);
        }
        int ed = clamp(sums.getOrDefault(Criterion.EVENT_DRIVEN, 0));
        int sr = clamp(sums.getOrDefault(Criterion.SHORT_RUNNING, 0));
        int ds = clamp(sums.getOrDefault(Criterion.DEPENDENCY_SUPPORTED, 0));
        assertThat(c.scores().eventDriven()).as(c.id()).isEqualTo(ed);
        assertThat(c.scores().shortRunning()).as(c.id()).isEqualTo(sr);
        assertThat(c.scores().dependencySupported()).as(c.id()).isEqualTo(ds);
        assertThat(c.scores().overall()).as(c.id()).isEqualTo(Scoring.DEFAULT.overall(ed, sr, ds, !c.blockers().isEmpty()));
        assertThat(c.verdict()).isEqualTo(Verdict.of(c.scores().overall()));
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(100, v));
    }

    @Test
    void aRulePackCanOverrideTheWeightsAndAUserRuleCanBeSwitchedOff() {
        TestProjects p = TestProjects.in(dir).java("""
                package shop;
                import org.springframework.web.bind.annotation.*;
                @RestController class Slow {
                    @GetMapping("/slow") public int slow() throws Exception { Thread.sleep(1000); return 1; }
                }
                """);
        Candidate standard = p.scan().candidates().get(0);
        assertThat(standard.scores().shortRunning()).isEqualTo(70);
        assertThat(standard.scores().overall()).isEqualTo(Math.round(0.4f * 100 + 0.3f * 70 + 0.3f * standard.scores().dependencySupported()));

        RuleLoader.Result weights = RuleLoader.load("""
                pack: weights
                scoring:
                  weights: {eventDriven: 0.2, shortRunning: 0.6, dependencySupported: 0.2}
                """, "weights.yaml");
        assertThat(weights.errors()).isEmpty();
        Candidate reweighted = p.scan(RuleSet.builtIn().with(weights.packs())).candidates().get(0);
        assertThat(reweighted.scores().overall())
                .isEqualTo(Math.round(0.2f * 100 + 0.6f * 70 + 0.2f * reweighted.scores().dependencySupported()));

        Candidate withoutSleepRule = p.scan(RuleSet.builtIn().without(java.util.List.of("thread-sleep"))).candidates().get(0);
        assertThat(withoutSleepRule.scores().shortRunning()).isEqualTo(100);
    }
}
