package io.wasmfit.app.cli;

import java.nio.file.Path;

/**
 * Where wasmfit keeps its own files. Caches and logs go under {@code $WASMFIT_HOME} or
 * {@code ~/.cache/wasmfit}; the desktop app's preferences under {@code $WASMFIT_HOME/config} or
 * {@code ~/.config/wasmfit}. The system property {@code wasmfit.home} overrides the environment
 * (tests and the benchmarks point it at a temporary folder).
 */
public final class AppDirs {

    private AppDirs() {
    }

    public static Path home() {
        Path override = override();
        if (override != null) {
            return override;
        }
        return xdg("XDG_CACHE_HOME", ".cache").resolve("wasmfit");
    }

    public static Path logs() {
        return home().resolve("logs");
    }

    /** The per-user configuration folder (preferences of the desktop app). */
    public static Path config() {
        Path override = override();
        if (override != null) {
            return override.resolve("config");
        }
        return xdg("XDG_CONFIG_HOME", ".config").resolve("wasmfit");
    }

    private static Path override() {
        String property = System.getProperty("wasmfit.home");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv("WASMFIT_HOME");
        return env != null && !env.isBlank() ? Path.of(env) : null;
    }

    private static Path xdg(String variable, String fallback) {
        String value = System.getenv(variable);
        return value != null && !value.isBlank() ? Path.of(value) : Path.of(System.getProperty("user.home"), fallback);
    }
}
