package io.wasmfit.app.gui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wasmfit.app.gui.Fixtures;
import io.wasmfit.app.gui.Fixtures.RecordingDialogs;
import io.wasmfit.app.gui.main.MainViewModel.Section;
import io.wasmfit.app.gui.service.GuiServices;
import io.wasmfit.app.gui.service.PreferencesStore;
import io.wasmfit.app.gui.service.RecentProject;
import io.wasmfit.model.Candidate;
import io.wasmfit.rules.RuleSet;

class MainViewModelTest {

    @TempDir
    Path home;

    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Test
    void scanningFromTheStartScreenOpensTheDashboardAndRemembersTheProject() {
        GuiServices services = Fixtures.services(home, dialogs);
        MainViewModel vm = new MainViewModel(services);
        vm.start().locationProperty().set(Fixtures.shop().toString());

        vm.start().scan();

        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.sectionProperty().get()).isEqualTo(Section.DASHBOARD);
        assertThat(vm.titleProperty().get()).isEqualTo("wasmfit — shop");
        assertThat(vm.project().report().candidates()).extracting(Candidate::id).containsExactlyElementsOf(
                Fixtures.shopReport(RuleSet.builtIn()).candidates().stream().map(Candidate::id).toList());
        assertThat(vm.statusProperty().get()).startsWith(vm.project().report().candidates().size() + " candidates in ");
        RecentProject shop = new RecentProject(Fixtures.shop().toString(), null);
        assertThat(vm.start().recent()).containsExactly(shop);
        // a new window of the app (same user) lists it too
        assertThat(new PreferencesStore(home.resolve("config"), services.log()).get().recent()).containsExactly(shop);
    }

    @Test
    void aFailedScanShowsOneSentenceAndIsNotRemembered() {
        MainViewModel vm = new MainViewModel(Fixtures.services(home, dialogs));

        vm.scan(home.resolve("missing").toString(), null);

        assertThat(dialogs.errors).singleElement().satisfies(e -> {
            assertThat(e.message()).startsWith("No such folder: ").endsWith("missing.");
            assertThat(e.detail()).as("no stack trace for bad input").isNull();
        });
        assertThat(vm.project().report()).isNull();
        assertThat(vm.start().recent()).isEmpty();
        assertThat(vm.sectionProperty().get()).isEqualTo(Section.START);
    }

    @Test
    void switchingARuleOffReScoresWithoutScanningAgain() {
        Fixtures.RuleEffect effect = Fixtures.ruleThatChangesAScore();
        MainViewModel vm = new MainViewModel(Fixtures.services(home, dialogs));
        vm.scan(Fixtures.shop().toString(), null);
        var before = vm.project().report();
        assertThat(before.candidate(effect.candidateId()).orElseThrow().scores().overall()).isEqualTo(effect.before());

        vm.rules().rules().stream().filter(r -> r.rule().id().equals(effect.ruleId())).findFirst().orElseThrow()
                .enabledProperty().set(false);

        var after = vm.project().report();
        assertThat(after).isNotSameAs(before);
        assertThat(after.candidate(effect.candidateId()).orElseThrow().scores().overall()).isEqualTo(effect.after());
        assertThat(after.candidates()).allSatisfy(c -> assertThat(c.evidence())
                .noneMatch(e -> e.ruleId().equals(effect.ruleId())));
        assertThat(vm.statusProperty().get()).contains("re-scored").contains("1 switched off");
        assertThat(vm.dashboard().verdicts()).isNotEmpty();
    }

    @Test
    void theSelectedCandidateStaysSelectedAfterAReScore() {
        Fixtures.RuleEffect effect = Fixtures.ruleThatChangesAScore();
        MainViewModel vm = new MainViewModel(Fixtures.services(home, dialogs));
        vm.scan(Fixtures.shop().toString(), null);
        vm.candidates().selectedProperty().set(vm.project().report().candidate(effect.candidateId()).orElseThrow());

        vm.rules().rules().stream().filter(r -> r.rule().id().equals(effect.ruleId())).findFirst().orElseThrow()
                .enabledProperty().set(false);

        Candidate selected = vm.candidates().selectedProperty().get();
        assertThat(selected.id()).isEqualTo(effect.candidateId());
        assertThat(selected.scores().overall()).isEqualTo(effect.after());
        assertThat(vm.detail().headingProperty().get()).contains(effect.after() + "/100");
    }

    @Test
    void openFolderScansTheFolderTheUserChose() {
        MainViewModel vm = new MainViewModel(Fixtures.services(home, dialogs));
        dialogs.answers.add(Fixtures.shop());

        vm.openFolder();

        assertThat(vm.project().report()).isNotNull();
        assertThat(vm.start().locationProperty().get()).isEqualTo(Fixtures.shop().toString());
    }

    @Test
    void aDroppedFolderIsScannedAndAnythingElseIsRefused() {
        MainViewModel vm = new MainViewModel(Fixtures.services(home, dialogs));

        assertThat(StartViewModel.accepts(List.of(Fixtures.shop().resolve("README.md").toFile()))).isFalse();
        assertThat(StartViewModel.accepts(List.of(Fixtures.shop().toFile(), home.toFile()))).isFalse();
        vm.start().dropped(List.of(Fixtures.shop().resolve("README.md").toFile()));
        assertThat(vm.project().report()).isNull();

        vm.start().dropped(List.of(Fixtures.shop().toFile()));

        assertThat(vm.project().report()).isNotNull();
    }

    @Test
    void aRecentProjectCanBeReopenedAndForgotten() {
        GuiServices services = Fixtures.services(home, dialogs);
        RecentProject shop = new RecentProject(Fixtures.shop().toString(), null);
        services.preferences().update(p -> p.withRecent(new RecentProject("/elsewhere", null)).withRecent(shop));
        MainViewModel vm = new MainViewModel(services);
        assertThat(vm.start().recent()).containsExactly(shop, new RecentProject("/elsewhere", null));

        vm.start().openRecent(shop);
        assertThat(vm.project().report()).isNotNull();

        vm.start().forget(new RecentProject("/elsewhere", null));
        assertThat(vm.start().recent()).containsExactly(shop);
    }
}
