package io.wasmfit.app.cli;

import java.nio.file.Path;

/** Where wasmfit keeps its own files: caches and logs, under $WASMFIT_HOME or ~/.cache/wasmfit. */
public final class AppDirs {

    private AppDirs() {
    }

    public static Path home() {
        String override = System.getenv("WASMFIT_HOME");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("wasmfit");
    }

    public static Path logs() {
        return home().resolve("logs");
    }
}
