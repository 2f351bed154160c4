package io.wasmfit.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a {@link Sandbox} runs its worker.
 *
 * @param runtime        the preferred runtime; wasmtime falls back to Chicory where its native
 *                       library cannot load (the result's message says so)
 * @param reuseWorker    true (warm): keep one worker and its compiled modules across runs;
 *                       false (cold): a fresh worker process for every run
 * @param nativeCacheDir where the wasmtime native library is unpacked once
 * @param nativeLibrary  a wasmtime-java native library file to load instead of the bundled one, or null
 * @param java           the java executable for the worker
 * @param classPath      the worker's class path: it must hold this module and its dependencies
 * @param jvmOptions     extra options for the worker JVM
 */
public record SandboxOptions(WasmRuntime runtime, boolean reuseWorker, Path nativeCacheDir, Path nativeLibrary,
                             Path java, String classPath, List<String> jvmOptions) {

    public SandboxOptions {
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(nativeCacheDir, "nativeCacheDir");
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(classPath, "classPath");
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** wasmtime, warm, the library cached in {@link #defaultNativeCacheDir()}, this JVM's java and class path. */
    public static SandboxOptions defaults() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("windows");
        return new SandboxOptions(WasmRuntime.WASMTIME, true, defaultNativeCacheDir(), null,
                Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java"),
                System.getProperty("java.class.path"),
                List.of("-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xmx1g"));
    }

    /** {@code $WASMFIT_HOME/native}, else {@code $XDG_CACHE_HOME/wasmfit/native}, else {@code ~/.cache/wasmfit/native}. */
    public static Path defaultNativeCacheDir() {
        String home = System.getenv("WASMFIT_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home, "native");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("wasmfit").resolve("native");
    }

    public SandboxOptions withRuntime(WasmRuntime value) {
        return new SandboxOptions(value, reuseWorker, nativeCacheDir, nativeLibrary, java, classPath, jvmOptions);
    }

    public SandboxOptions withReuseWorker(boolean value) {
        return new SandboxOptions(runtime, value, nativeCacheDir, nativeLibrary, java, classPath, jvmOptions);
    }

    public SandboxOptions withNativeCacheDir(Path value) {
        return new SandboxOptions(runtime, reuseWorker, value, nativeLibrary, java, classPath, jvmOptions);
    }

    public SandboxOptions withNativeLibrary(Path value) {
        return new SandboxOptions(runtime, reuseWorker, nativeCacheDir, value, java, classPath, jvmOptions);
    }

    public SandboxOptions withJvmOptions(List<String> value) {
        return new SandboxOptions(runtime, reuseWorker, nativeCacheDir, nativeLibrary, java, classPath, value);
    }

    public SandboxOptions withClassPath(String value) {
        return new SandboxOptions(runtime, reuseWorker, nativeCacheDir, nativeLibrary, java, value, jvmOptions);
    }
}
