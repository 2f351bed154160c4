package io.wasmfit.app.gui.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wasmfit.app.gui.Fixtures;
import io.wasmfit.model.Candidate;
import io.wasmfit.model.Evidence;
import io.wasmfit.model.Report;
import io.wasmfit.rules.Criterion;
import io.wasmfit.rules.RuleSet;

class CandidateDetailViewModelTest {

    @TempDir
    Path home;

    private final Fixtures.RecordingDialogs dialogs = new Fixtures.RecordingDialogs();
    private final Report report = Fixtures.shopReport(RuleSet.builtIn());

    private CandidateDetailViewModel viewModel() {
        return new CandidateDetailViewModel(Fixtures.services(home, dialogs), () -> report);
    }

    private Candidate candidate(String name) {
        return report.candidates().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void eachCriterionListsTheEvidenceBehindItsScore() {
        CandidateDetailViewModel vm = viewModel();
        Candidate quote = candidate("PriceController.quote");

        vm.candidateProperty().set(quote);

        assertThat(vm.scores()).extracting(CandidateDetailViewModel.CriterionScore::criterion)
                .containsExactly(Criterion.EVENT_DRIVEN, Criterion.SHORT_RUNNING, Criterion.DEPENDENCY_SUPPORTED);
        assertThat(vm.scores()).extracting(CandidateDetailViewModel.CriterionScore::score)
                .containsExactly(quote.scores().eventDriven(), quote.scores().shortRunning(), quote.scores().dependencySupported());
        assertThat(vm.scores().stream().flatMap(s -> s.evidence().stream()).toList())
                .containsExactlyInAnyOrderElementsOf(quote.evidence());
        assertThat(vm.headingProperty().get()).isEqualTo("PriceController.quote — strong, " + quote.scores().overall() + "/100");
        assertThat(vm.triggerTextProperty().get()).contains("GET /api/pricing/quote");
        assertThat(vm.dependencies()).containsExactlyElementsOf(quote.dependencies());
        assertThat(vm.closureTypes()).containsExactlyElementsOf(quote.closure().typeNames());
    }

    @Test
    void theCodeViewOpensTheEntryPointThenTheEvidenceLineWithItsLinesHighlighted() {
        CandidateDetailViewModel vm = viewModel();
        Candidate quote = candidate("PriceController.quote");
        vm.candidateProperty().set(quote);

        CandidateDetailViewModel.Code code = vm.codeProperty().get();
        assertThat(code.file()).isEqualTo(quote.location().file());
        assertThat(code.focusLine()).isEqualTo(quote.location().line());
        assertThat(code.text().lines().toList().get(quote.location().line() - 1)).contains("quote(");

        Evidence evidence = quote.evidence().stream().filter(e -> e.code() != null).findFirst().orElseThrow();
        vm.openEvidence(evidence);

        code = vm.codeProperty().get();
        assertThat(code.file()).isEqualTo(evidence.file());
        assertThat(code.focusLine()).isEqualTo(evidence.line());
        List<String> lines = code.text().lines().toList();
        assertThat(lines.get(evidence.line() - 1).strip()).isEqualTo(evidence.code());
        assertThat(code.highlighted()).contains(evidence.line());
        assertThat(code.highlighted()).containsAll(quote.evidence().stream()
                .filter(e -> e.file().equals(evidence.file()) && e.line() > 0).map(Evidence::line).toList());
    }

    @Test
    void aFileOutsideTheScannedFolderIsNeverRead() {
        CandidateDetailViewModel vm = viewModel();
        vm.candidateProperty().set(candidate("PriceController.quote"));

        vm.openLocation("../../../../../../etc/passwd", 1);

        assertThat(vm.codeProperty().get().text()).isNull();
        assertThat(vm.codeProperty().get().problem()).contains("outside the scanned folder");
    }

    @Test
    void satelliteGenerationIsOfferedWhereSpinHasTheTriggerAndOtherwiseSaysWhy() {
        CandidateDetailViewModel vm = viewModel();
        assertThat(vm.generateAvailableProperty().get()).isFalse();

        vm.candidateProperty().set(candidate("PriceController.quote"));
        assertThat(vm.generateAvailableProperty().get()).isTrue();

        Candidate kafka = report.candidates().stream().filter(c -> c.trigger().type().equals("kafka")).findFirst().orElseThrow();
        vm.candidateProperty().set(kafka);
        assertThat(vm.generateAvailableProperty().get()).isFalse();
        assertThat(vm.generateUnavailableReasonProperty().get()).contains("Spin has no kafka trigger");
    }
}
