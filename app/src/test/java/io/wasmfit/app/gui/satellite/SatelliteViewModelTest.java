package io.wasmfit.app.gui.satellite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wasmfit.app.gui.Fixtures;
import io.wasmfit.app.gui.satellite.SatelliteViewModel.Step;
import io.wasmfit.generator.SatelliteManifest;
import io.wasmfit.matrix.LanguageMatrix;
import io.wasmfit.matrix.TargetLanguage;
import io.wasmfit.model.Candidate;
import io.wasmfit.model.Report;
import io.wasmfit.rules.RuleSet;

class SatelliteViewModelTest {

    @TempDir
    Path home;

    private final Fixtures.RecordingDialogs dialogs = new Fixtures.RecordingDialogs();
    private final Report report = Fixtures.shopReport(RuleSet.builtIn());

    private Candidate candidate(String type) {
        return report.candidates().stream().filter(c -> c.trigger().type().equals(type)).findFirst().orElseThrow();
    }

    @Test
    void offersJavaFirstForHttpAndOnlyTheLanguagesTheMatrixAllows() {
        Candidate http = report.candidates().stream().filter(c -> c.name().equals("PriceController.quote")).findFirst().orElseThrow();
        SatelliteViewModel vm = new SatelliteViewModel(Fixtures.services(home, dialogs), report, http);

        assertThat(vm.languages()).first().isEqualTo(TargetLanguage.JAVA);
        assertThat(vm.languages().subList(1, vm.languages().size()))
                .containsExactlyElementsOf(LanguageMatrix.builtIn().languagesSupporting("http-trigger").stream()
                        .filter(l -> l != TargetLanguage.JAVA).toList());
        assertThat(vm.languageProperty().get()).isEqualTo(TargetLanguage.JAVA);

        Candidate cron = candidate("cron");
        assertThat(new SatelliteViewModel(Fixtures.services(home, dialogs), report, cron).languages())
                .doesNotContain(TargetLanguage.JAVA)
                .containsExactlyElementsOf(LanguageMatrix.builtIn().languagesSupporting("cron-trigger").stream()
                        .filter(l -> l != TargetLanguage.JAVA).toList());
        assertThat(SatelliteViewModel.unavailableReason(candidate("kafka"))).contains("Spin has no kafka trigger");
    }

    @Test
    void aJavaSatelliteIsGeneratedBuiltAndComparedWithTheOriginal() {
        Candidate quote = report.candidates().stream().filter(c -> c.name().equals("PriceController.quote")).findFirst().orElseThrow();
        SatelliteViewModel vm = new SatelliteViewModel(Fixtures.services(home, dialogs), report, quote);
        Path out = home.resolve("quote-satellite");
        vm.folderProperty().set(out.toString());
        List<Step> steps = new ArrayList<>();
        vm.stepProperty().addListener((obs, old, now) -> steps.add(now));

        vm.run();

        assertThat(dialogs.errors).isEmpty();
        assertThat(steps).containsExactly(Step.GENERATING, Step.BUILDING, Step.COMPARING, Step.DONE);
        assertThat(out.resolve("spin.toml")).exists();
        assertThat(out.resolve(SatelliteManifest.PATH)).exists();
        assertThat(vm.buildProperty().get().ok()).isTrue();
        assertThat(Files.exists(vm.buildProperty().get().wasm())).isTrue();
        var comparison = vm.comparisonProperty().get();
        assertThat(comparison.candidateId()).isEqualTo(quote.id());
        assertThat(comparison.cases()).isNotEmpty();
        assertThat(vm.stepTextProperty().get()).isEqualTo(comparison.equalCount() + " of " + comparison.cases().size()
                + " responses equal");
        assertThat(comparison.wasmBytes()).isEqualTo(vm.buildProperty().get().wasmBytes());

        vm.openFolder();
        assertThat(dialogs.opened).containsExactly(out);
    }

    @Test
    void aFolderWithSomeoneElsesFilesIsRefusedUnlessTheUserAllowsIt() throws Exception {
        Candidate cron = candidate("cron");
        SatelliteViewModel vm = new SatelliteViewModel(Fixtures.services(home, dialogs), report, cron);
        Path out = Files.createDirectories(home.resolve("busy"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        vm.folderProperty().set(out.toString());

        vm.run();

        assertThat(vm.stepProperty().get()).isEqualTo(Step.FAILED);
        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e.detail()).isNull());
        assertThat(out.resolve("notes.txt")).hasContent("mine");
        assertThat(out.resolve("spin.toml")).doesNotExist();

        vm.forceProperty().set(true);
        vm.run();

        assertThat(vm.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(out.resolve("spin.toml")).exists();
        assertThat(out.resolve("notes.txt")).hasContent("mine");
        assertThat(vm.comparisonProperty().get()).as("a stub is not built here").isNull();
    }
}
