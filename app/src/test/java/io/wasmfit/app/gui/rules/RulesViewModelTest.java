package io.wasmfit.app.gui.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wasmfit.app.gui.Fixtures;
import io.wasmfit.rules.RuleError;
import io.wasmfit.rules.RuleLoader;
import io.wasmfit.rules.RuleSet;

class RulesViewModelTest {

    @TempDir
    Path dir;

    private final List<RuleSet> published = new ArrayList<>();


    @Test
    void startsWithEveryBuiltInRuleSwitchedOn() {
        RulesViewModel vm = new RulesViewModel(published::add);

        assertThat(vm.rules()).hasSize(RuleSet.builtIn().all().size()).allMatch(RulesViewModel.RuleItem::isEnabled);
        assertThat(vm.packs()).hasSize(RuleSet.builtIn().packs().size()).noneMatch(RulesViewModel.PackItem::user);
        assertThat(published).isEmpty();
    }

    @Test
    void switchingARuleOffPublishesARuleSetWithoutIt() {
        RulesViewModel vm = new RulesViewModel(published::add);
        String id = vm.rules().get(3).rule().id();

        vm.rules().get(3).enabledProperty().set(false);

        assertThat(published).singleElement().satisfies(rs -> {
            assertThat(rs.isActive(id)).isFalse();
            assertThat(rs.active()).hasSize(RuleSet.builtIn().active().size() - 1);
        });
        assertThat(vm.summaryProperty().get()).endsWith("1 switched off");

        vm.enableAll();
        assertThat(published).hasSize(2);
        assertThat(published.get(1).isActive(id)).isTrue();
        assertThat(vm.rules()).allMatch(RulesViewModel.RuleItem::isEnabled);
    }

    @Test
    void aUserPackWithErrorsShowsThemWithLinesAndKeepsItsValidRules() throws Exception {
        Path file = dir.resolve("team.yaml");
        Files.writeString(file, Fixtures.PACK_WITH_ERRORS);
        RulesViewModel vm = new RulesViewModel(published::add);

        boolean clean = vm.loadPack(file);

        assertThat(clean).isFalse();
        List<RuleError> expected = RuleLoader.load(file).errors();
        assertThat(expected).isNotEmpty();
        assertThat(vm.errors()).containsExactlyElementsOf(expected);
        assertThat(vm.errors()).allSatisfy(e -> assertThat(e.line()).isBetween(10, 14));
        assertThat(vm.packs()).filteredOn(RulesViewModel.PackItem::user).singleElement()
                .satisfies(p -> assertThat(p.pack().id()).isEqualTo("team-rules"));
        assertThat(vm.rules()).anyMatch(r -> r.rule().id().equals("legacy-soap-call"));
        assertThat(published).singleElement().satisfies(rs -> assertThat(rs.isActive("legacy-soap-call")).isTrue());
    }

    @Test
    void aValidPackClearsEarlierErrorsAndCanBeRemovedAgain() throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "pack: [unclosed");
        Path good = dir.resolve("good.yaml");
        Files.writeString(good, Fixtures.PACK_WITH_ERRORS.substring(0, Fixtures.PACK_WITH_ERRORS.indexOf("  - id: Bad_Id")));
        RulesViewModel vm = new RulesViewModel(published::add);

        assertThat(vm.loadPack(broken)).isFalse();
        assertThat(vm.errors()).singleElement().satisfies(e -> assertThat(e.message()).startsWith("not valid YAML"));
        assertThat(vm.loadPack(good)).isTrue();
        assertThat(vm.errors()).isEmpty();

        vm.removePack(vm.packs().stream().filter(RulesViewModel.PackItem::user).findFirst().orElseThrow());

        assertThat(vm.packs()).noneMatch(RulesViewModel.PackItem::user);
        assertThat(published.get(published.size() - 1).isActive("legacy-soap-call")).isFalse();
    }

    @Test
    void aRuleAPackSwitchesOffIsShownOffAndLockedWithThePacksName() throws Exception {
        Path file = dir.resolve("quiet.yaml");
        String victim = RuleSet.builtIn().all().get(0).id();
        Files.writeString(file, "pack: quiet\ndisable: [" + victim + "]\n");
        RulesViewModel vm = new RulesViewModel(published::add);

        vm.loadPack(file);

        RulesViewModel.RuleItem item = vm.rules().stream().filter(r -> r.rule().id().equals(victim)).findFirst().orElseThrow();
        assertThat(item.isEnabled()).isFalse();
        assertThat(item.offByPack()).isEqualTo("quiet");
    }

    @Test
    void searchAndPackNarrowTheListShown() {
        RulesViewModel vm = new RulesViewModel(published::add);
        RulesViewModel.PackItem pack = vm.packs().get(1);

        vm.selectedPackProperty().set(pack);
        assertThat(vm.shownRules()).hasSize(pack.pack().rules().size())
                .allMatch(r -> r.rule().pack().equals(pack.pack().id()));

        vm.selectedPackProperty().set(null);
        vm.searchProperty().set("SLEEP");
        assertThat(vm.shownRules()).isNotEmpty().allMatch(r -> (r.rule().id() + r.rule().title() + r.rule().message())
                .toLowerCase().contains("sleep"));
    }
}
