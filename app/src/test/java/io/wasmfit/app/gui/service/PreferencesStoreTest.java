package io.wasmfit.app.gui.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesStoreTest {

    @TempDir
    Path dir;

    @Test
    void changesAreSavedAndReadBackByTheNextStart() {
        GuiLog log = new GuiLog(dir.resolve("logs"));
        PreferencesStore store = new PreferencesStore(dir, log);
        assertThat(store.get()).isEqualTo(Preferences.defaults());

        store.update(p -> p.withSettings(3, 5000, 128, 64).withTheme(Theme.DARK)
                .withRecent(new RecentProject("/a", null)).withRecent(new RecentProject("https://h/r.git", "dev")));

        Preferences again = new PreferencesStore(dir, log).get();
        assertThat(again.jobs()).isEqualTo(3);
        assertThat(again.sandboxTimeoutMs()).isEqualTo(5000);
        assertThat(again.sandboxMemoryMb()).isEqualTo(128);
        assertThat(again.sandboxOutputKb()).isEqualTo(64);
        assertThat(again.theme()).isEqualTo(Theme.DARK);
        assertThat(again.recent()).containsExactly(new RecentProject("https://h/r.git", "dev"), new RecentProject("/a", null));
    }

    @Test
    void theRecentListHasNoDuplicatesAndAtMostTenEntries() {
        Preferences p = Preferences.defaults();
        for (int i = 0; i < 15; i++) {
            p = p.withRecent(new RecentProject("/p" + i, null));
        }
        p = p.withRecent(new RecentProject("/p12", null));

        assertThat(p.recent()).hasSize(Preferences.MAX_RECENT).doesNotHaveDuplicates();
        assertThat(p.recent().get(0).location()).isEqualTo("/p12");
        assertThat(p.recent().get(1).location()).isEqualTo("/p14");
    }

    @Test
    void aBrokenFileIsKeptAsideAndTheDefaultsAreUsed() throws Exception {
        Files.writeString(dir.resolve(PreferencesStore.FILE_NAME), "{ this is not json");
        GuiLog log = new GuiLog(dir.resolve("logs"));

        PreferencesStore store = new PreferencesStore(dir, log);

        assertThat(store.get()).isEqualTo(Preferences.defaults());
        assertThat(dir.resolve(PreferencesStore.FILE_NAME + ".broken")).hasContent("{ this is not json");
        assertThat(log.file()).content().contains("cannot read the preferences");
    }

    @Test
    void valuesOutOfRangeInAHandEditedFileFallBackToTheDefaults() throws Exception {
        Files.writeString(dir.resolve(PreferencesStore.FILE_NAME),
                "{\"jobs\": 0, \"sandboxTimeoutMs\": -5, \"sandboxMemoryMb\": 64, \"sandboxOutputKb\": 8, \"theme\": \"DARK\", \"future\": 1}");

        Preferences p = new PreferencesStore(dir, new GuiLog(dir)).get();

        assertThat(p.jobs()).isEqualTo(Preferences.defaults().jobs());
        assertThat(p.sandboxTimeoutMs()).isEqualTo(Preferences.defaults().sandboxTimeoutMs());
        assertThat(p.sandboxMemoryMb()).isEqualTo(64);
        assertThat(p.theme()).isEqualTo(Theme.DARK);
        assertThat(p.recent()).isEmpty();
    }
}
