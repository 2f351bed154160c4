package io.wasmfit.report;

import io.wasmfit.model.Report;
import io.wasmfit.model.Source;
import io.wasmfit.model.Summary;
import io.wasmfit.model.Tool;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CiGateTest {

    private final Report shop = SampleReports.shop();  // best candidate: PriceController.quote with 92

    @Test
    void failUnderPassesWhenSomeCandidateReachesTheThreshold() {
        assertThat(new CiGate(OptionalInt.of(92), false).check(shop)).isEqualTo(new CiGate.Result(true, List.of()));
        assertThat(new CiGate(OptionalInt.of(0), false).check(shop).passed()).isTrue();
    }

    @Test
    void failUnderFailsWhenNoCandidateReachesItAndNamesTheBest() {
        CiGate.Result result = new CiGate(OptionalInt.of(93), false).check(shop);

        assertThat(result.passed()).isFalse();
        assertThat(result.reasons()).containsExactly(
                "no candidate reaches --fail-under 93: the best is PriceController.quote with 92 (strong)");
    }

    @Test
    void failUnderFailsAReportWithoutCandidates() {
        Report empty = new Report(1, new Tool("wasmfit", "1"), Source.folder("/x"), new Summary(3, 3, 0, 0, 1),
                List.of(), List.of());

        assertThat(new CiGate(OptionalInt.of(1), false).check(empty).reasons())
                .containsExactly("no candidate was found, so none reaches --fail-under 1");
        assertThat(new CiGate(OptionalInt.empty(), true).check(empty).passed()).isTrue();
    }

    @Test
    void failOnBlockerFailsWhenAnyCandidateHasOneAndSaysWhere() {
        CiGate.Result result = new CiGate(OptionalInt.empty(), true).check(shop);

        assertThat(result.passed()).isFalse();
        assertThat(result.reasons()).singleElement().asString()
                .startsWith("2 blockers in 2 candidates (--fail-on blocker), first: ")
                .contains(".java:");
        Report unblocked = new Report(1, shop.tool(), shop.source(), shop.summary(),
                shop.candidates().stream().filter(c -> c.blockers().isEmpty()).toList(), List.of());
        assertThat(new CiGate(OptionalInt.empty(), true).check(unblocked).passed()).isTrue();
    }

    @Test
    void bothConditionsReportEveryReason() {
        assertThat(new CiGate(OptionalInt.of(99), true).check(shop).reasons()).hasSize(2);
        assertThat(CiGate.none().check(shop).passed()).isTrue();
        assertThat(CiGate.none().isActive()).isFalse();
    }

    @Test
    void badOptionsAreRefusedWithTheExpectedValues() {
        assertThatThrownBy(() -> new CiGate(OptionalInt.of(101), false))
                .hasMessage("--fail-under must be a score from 0 to 100, not 101");
        assertThatThrownBy(() -> CiGate.failOnBlocker(List.of("blocker", "warning")))
                .hasMessage("unknown --fail-on condition 'warning' (expected blocker)");
        assertThat(CiGate.failOnBlocker(List.of("Blocker"))).isTrue();
        assertThat(CiGate.failOnBlocker(List.of())).isFalse();
    }
}
