package io.wasmfit.app.gui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.wasmfit.app.gui.Fixtures;
import io.wasmfit.model.Report;
import io.wasmfit.model.Verdict;
import io.wasmfit.rules.RuleSet;
import javafx.beans.property.SimpleObjectProperty;

class DashboardViewModelTest {

    private final Report report = Fixtures.shopReport(RuleSet.builtIn());

    @Test
    void countsAddUpToTheReport() {
        SimpleObjectProperty<Report> current = new SimpleObjectProperty<>(report);
        DashboardViewModel vm = new DashboardViewModel(current);
        int n = report.candidates().size();

        assertThat(vm.totalsProperty().get()).extracting(DashboardViewModel.Count::value)
                .containsExactly(report.summary().files(), report.summary().parsedFiles(), report.summary().failedFiles(),
                        n, report.problems().size());
        for (Verdict v : Verdict.values()) {
            assertThat(vm.verdicts().get(v.ordinal())).isEqualTo(new DashboardViewModel.Count(v.key(),
                    (int) report.candidates().stream().filter(c -> c.verdict() == v).count()));
        }
        assertThat(vm.histogram()).hasSize(10).extracting(DashboardViewModel.Bin::count)
                .satisfies(counts -> assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(n));
        assertThat(vm.histogram()).allSatisfy(bin -> assertThat(bin.count()).isEqualTo((int) report.candidates().stream()
                .filter(c -> c.scores().overall() >= bin.low() && c.scores().overall() <= bin.high()).count()));
        assertThat(vm.triggers().stream().mapToInt(DashboardViewModel.TriggerCount::total).sum()).isEqualTo(n);
        assertThat(vm.triggers().get(0).type()).isEqualTo("http");

        current.set(null);
        assertThat(vm.verdicts()).isEmpty();
        assertThat(vm.histogram()).isEmpty();
    }
}
