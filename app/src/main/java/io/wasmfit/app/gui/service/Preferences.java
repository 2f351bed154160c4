package io.wasmfit.app.gui.service;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the desktop app remembers for its user between runs (see {@link PreferencesStore}).
 *
 * @param jobs              files parsed at once; one core is left to the window by default, so that a
 *                          scan on a small machine does not starve the UI thread (docs/performance.md)
 * @param sandboxTimeoutMs  CPU time a satellite may use per run in the sandbox
 * @param sandboxMemoryMb   linear memory a satellite may grow to
 * @param sandboxOutputKb   output a satellite may write per stream
 * @param recent            most recent first, at most {@link #MAX_RECENT}
 * @param lastExportFolder  where the last report was exported (null before the first export)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Preferences(int jobs, int sandboxTimeoutMs, int sandboxMemoryMb, int sandboxOutputKb,
                          List<RecentProject> recent, Theme theme, String lastExportFolder) {

    public static final int MAX_RECENT = 10;
    public static final int MAX_JOBS = 64;

    public Preferences {
        recent = recent == null ? List.of() : List.copyOf(recent);
        theme = theme == null ? Theme.LIGHT : theme;
    }

    public static Preferences defaults() {
        return new Preferences(Math.max(1, Runtime.getRuntime().availableProcessors() - 1), 10_000, 256, 1024, List.of(),
                Theme.LIGHT, null);
    }

    /** Values out of range (a hand-edited file) replaced by the defaults. */
    public Preferences sanitised() {
        Preferences d = defaults();
        return new Preferences(jobs >= 1 && jobs <= MAX_JOBS ? jobs : d.jobs,
                sandboxTimeoutMs >= 1 ? sandboxTimeoutMs : d.sandboxTimeoutMs,
                sandboxMemoryMb >= 1 ? sandboxMemoryMb : d.sandboxMemoryMb,
                sandboxOutputKb >= 0 ? sandboxOutputKb : d.sandboxOutputKb,
                recent.stream().filter(r -> r != null && r.location() != null && !r.location().isBlank())
                        .limit(MAX_RECENT).toList(),
                theme, lastExportFolder);
    }

    /** These preferences with {@code project} first in the recent list (moved there if it was already in). */
    public Preferences withRecent(RecentProject project) {
        List<RecentProject> list = new ArrayList<>();
        list.add(project);
        recent.stream().filter(r -> !r.equals(project)).limit(MAX_RECENT - 1L).forEach(list::add);
        return new Preferences(jobs, sandboxTimeoutMs, sandboxMemoryMb, sandboxOutputKb, list, theme, lastExportFolder);
    }

    public Preferences withoutRecent(RecentProject project) {
        return new Preferences(jobs, sandboxTimeoutMs, sandboxMemoryMb, sandboxOutputKb,
                recent.stream().filter(r -> !r.equals(project)).toList(), theme, lastExportFolder);
    }

    public Preferences withTheme(Theme t) {
        return new Preferences(jobs, sandboxTimeoutMs, sandboxMemoryMb, sandboxOutputKb, recent, t, lastExportFolder);
    }

    public Preferences withSettings(int newJobs, int timeoutMs, int memoryMb, int outputKb) {
        return new Preferences(newJobs, timeoutMs, memoryMb, outputKb, recent, theme, lastExportFolder);
    }

    public Preferences withLastExportFolder(String folder) {
        return new Preferences(jobs, sandboxTimeoutMs, sandboxMemoryMb, sandboxOutputKb, recent, theme, folder);
    }
}
