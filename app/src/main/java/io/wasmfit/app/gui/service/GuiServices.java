package io.wasmfit.app.gui.service;

import java.nio.file.Path;

import io.wasmfit.app.gui.task.TaskExecutor;

/**
 * What every view model may use: where work runs, the dialogs, the log, the user's preferences,
 * and where the engine keeps its caches (git clones).
 */
public record GuiServices(TaskExecutor executor, DialogService dialogs, GuiLog log, PreferencesStore preferences,
                          Path cacheDir, String version) {

    /** Shows what went wrong while {@code doing} something, logging internal errors. */
    public void report(String doing, Throwable failure) {
        dialogs.showError(UserError.of(doing, failure, log));
    }
}
