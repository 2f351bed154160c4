package io.wasmfit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How an installed wasmfit runs wasmtime from the library it ships, unpacking nothing. */
class BundledNativeLibraryTest {

    @Test
    void theLauncherPropertyBecomesTheDefaultNativeLibrary(@TempDir Path dir) {
        Path library = dir.resolve("libwasmtime.so");
        String before = System.getProperty(SandboxOptions.NATIVE_LIBRARY_PROPERTY);
        System.setProperty(SandboxOptions.NATIVE_LIBRARY_PROPERTY, library.toString());
        try {
            assertThat(SandboxOptions.defaults().nativeLibrary()).isEqualTo(library);
        } finally {
            if (before == null) {
                System.clearProperty(SandboxOptions.NATIVE_LIBRARY_PROPERTY);
            } else {
                System.setProperty(SandboxOptions.NATIVE_LIBRARY_PROPERTY, before);
            }
        }
        assertThat(SandboxOptions.defaults().nativeLibrary()).isEqualTo(before == null ? null : Path.of(before));
    }

    @Test
    void aGivenLibraryFileRunsWasmtimeAndNothingIsUnpacked(@TempDir Path dir) throws IOException {
        // get a real library file the way an installer build does: out of the jar, once
        Path unpackedOnce = dir.resolve("unpacked-once");
        RunResult first = runEcho(SandboxOptions.defaults().withNativeCacheDir(unpackedOnce));
        assertThat(first.runtime()).as(first.summary()).isEqualTo(WasmRuntime.WASMTIME);
        Path shipped = dir.resolve("app/native/wasmtime-shipped.lib");
        Files.createDirectories(shipped.getParent());
        Files.copy(onlyFileUnder(unpackedOnce), shipped);

        Path emptyCache = Files.createDirectories(dir.resolve("user-cache"));
        RunResult result = runEcho(SandboxOptions.defaults().withNativeCacheDir(emptyCache).withNativeLibrary(shipped));

        assertThat(result.outcome()).as(result.summary()).isEqualTo(RunOutcome.OK);
        assertThat(result.runtime()).isEqualTo(WasmRuntime.WASMTIME);
        assertThat(result.message()).isEmpty();
        try (Stream<Path> files = Files.list(emptyCache)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aMissingLibraryFileFallsBackToChicoryAndSaysWhy(@TempDir Path dir) {
        Path missing = dir.resolve("not-there.so");

        RunResult result = runEcho(SandboxOptions.defaults().withNativeCacheDir(dir).withNativeLibrary(missing));

        assertThat(result.outcome()).as(result.summary()).isEqualTo(RunOutcome.OK);
        assertThat(result.runtime()).isEqualTo(WasmRuntime.CHICORY);
        assertThat(result.message()).contains("not-there.so");
    }

    private static RunResult runEcho(SandboxOptions options) {
        try (Sandbox sandbox = Sandbox.open(options.withReuseWorker(false).withCompileCacheDir(null))) {
            return sandbox.run(TestModules.wat("echo"), GuestInput.of("echo.wasm"), SandboxLimits.defaults());
        }
    }

    private static Path onlyFileUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> found = files.filter(Files::isRegularFile).toList();
            assertThat(found).hasSize(1);
            return found.get(0);
        }
    }
}
