package io.wasmfit.app.gui.preferences;

import io.wasmfit.app.gui.service.Preferences;
import io.wasmfit.app.gui.service.PreferencesStore;
import io.wasmfit.app.gui.service.Theme;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The preferences dialog: scan threads, the sandbox limits for satellites, and the theme. The
 * fields start from the stored preferences; {@link #save()} writes them back.
 */
public final class PreferencesViewModel {

    private final PreferencesStore store;
    private final IntegerProperty jobs = new SimpleIntegerProperty(this, "jobs");
    private final IntegerProperty sandboxTimeoutMs = new SimpleIntegerProperty(this, "sandboxTimeoutMs");
    private final IntegerProperty sandboxMemoryMb = new SimpleIntegerProperty(this, "sandboxMemoryMb");
    private final IntegerProperty sandboxOutputKb = new SimpleIntegerProperty(this, "sandboxOutputKb");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");

    public PreferencesViewModel(PreferencesStore store) {
        this.store = store;
        reset();
    }

    /** Fills the fields from the stored preferences again. */
    public void reset() {
        Preferences p = store.get();
        jobs.set(p.jobs());
        sandboxTimeoutMs.set(p.sandboxTimeoutMs());
        sandboxMemoryMb.set(p.sandboxMemoryMb());
        sandboxOutputKb.set(p.sandboxOutputKb());
        theme.set(p.theme());
    }

    public void save() {
        store.update(p -> p.withSettings(jobs.get(), sandboxTimeoutMs.get(), sandboxMemoryMb.get(), sandboxOutputKb.get())
                .withTheme(theme.get()).sanitised());
        reset();
    }

    /** Switches between light and dark at once (the View menu's toggle). */
    public void toggleTheme() {
        store.update(p -> p.withTheme(p.theme() == Theme.DARK ? Theme.LIGHT : Theme.DARK));
        theme.set(store.get().theme());
    }

    public IntegerProperty jobsProperty() {
        return jobs;
    }

    public IntegerProperty sandboxTimeoutMsProperty() {
        return sandboxTimeoutMs;
    }

    public IntegerProperty sandboxMemoryMbProperty() {
        return sandboxMemoryMb;
    }

    public IntegerProperty sandboxOutputKbProperty() {
        return sandboxOutputKb;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }
}
