package io.wasmfit.app.gui.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.wasmfit.app.gui.Fixtures;
import io.wasmfit.model.Candidate;
import io.wasmfit.model.Report;
import io.wasmfit.model.Verdict;
import io.wasmfit.rules.RuleSet;
import javafx.beans.property.SimpleObjectProperty;

class CandidatesViewModelTest {

    private final Report report = Fixtures.shopReport(RuleSet.builtIn());
    private final SimpleObjectProperty<Report> current = new SimpleObjectProperty<>(report);
    private final CandidatesViewModel vm = new CandidatesViewModel(current);

    @Test
    void showsEveryCandidateWithTheTriggerTypesAndPackagesToFilterBy() {
        assertThat(vm.shown()).containsExactlyElementsOf(report.candidates());
        assertThat(vm.countTextProperty().get()).isEqualTo(report.candidates().size() + " candidates");
        assertThat(vm.triggerTypeOptions()).containsExactlyElementsOf(
                report.candidates().stream().map(c -> c.trigger().type()).distinct().sorted().toList());
        assertThat(vm.packageOptions()).contains("com.example.shop.pricing.quote");
    }

    @Test
    void filtersCombineVerdictTriggerPackageAndText() {
        vm.verdictFilter().setAll(Verdict.STRONG);
        assertThat(vm.shown()).isNotEmpty().allMatch(c -> c.verdict() == Verdict.STRONG)
                .hasSize((int) report.candidates().stream().filter(c -> c.verdict() == Verdict.STRONG).count());

        vm.triggerTypeFilter().setAll("http");
        vm.searchProperty().set("  /API/PRICING ");
        List<Candidate> expected = report.candidates().stream()
                .filter(c -> c.verdict() == Verdict.STRONG && c.trigger().type().equals("http")
                        && CandidatesViewModel.triggerDetail(c).toLowerCase().contains("/api/pricing"))
                .toList();
        assertThat(expected).isNotEmpty();
        assertThat(vm.shown()).containsExactlyElementsOf(expected);
        assertThat(vm.countTextProperty().get()).isEqualTo(expected.size() + " of " + report.candidates().size() + " candidates");

        vm.packageFilter().setAll("com.example.shop.orders");
        assertThat(vm.shown()).isEmpty();

        vm.clearFilters();
        assertThat(vm.shown()).hasSize(report.candidates().size());
    }

    @Test
    void theSelectionFollowsTheCandidateIntoANewReport() {
        Candidate quote = report.candidates().stream().filter(c -> c.name().equals("PriceController.quote")).findFirst().orElseThrow();
        vm.selectedProperty().set(quote);
        Report again = Fixtures.shopReport(RuleSet.builtIn());

        current.set(again);

        assertThat(vm.selectedProperty().get()).isSameAs(again.candidate(quote.id()).orElseThrow());
    }
}
