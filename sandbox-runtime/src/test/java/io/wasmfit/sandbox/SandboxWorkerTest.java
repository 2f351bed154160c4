package io.wasmfit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker process around the guests: native library cache, fallback, cold mode, crashes. */
class SandboxWorkerTest {

    private static final SandboxLimits LIMITS = SandboxLimits.defaults().withMaxMemoryBytes(4L << 20);

    @TempDir
    Path temp;

    private static RunResult runExit0(Sandbox sandbox) {
        return sandbox.run(TestModules.wat("exit0"), GuestInput.of("exit0"), LIMITS);
    }

    @Test
    void theNativeLibraryIsUnpackedOnceIntoTheCacheAndReused() throws IOException {
        Path cache = temp.resolve("native");
        SandboxOptions options = SandboxOptions.defaults().withNativeCacheDir(cache);

        try (Sandbox first = Sandbox.open(options)) {
            assertThat(runExit0(first).runtime()).isEqualTo(WasmRuntime.WASMTIME);
        }
        Path library = onlyFileIn(cache);
        assertThat(library.getFileName().toString()).startsWith("libwasmtime_jni_").doesNotEndWith(".part");
        assertThat(Files.size(library)).isGreaterThan(1_000_000);
        FileTime written = Files.getLastModifiedTime(library);

        try (Sandbox second = Sandbox.open(options)) {
            RunResult result = runExit0(second);
            assertThat(result.outcome()).isEqualTo(RunOutcome.OK);
            assertThat(result.runtime()).isEqualTo(WasmRuntime.WASMTIME);
        }
        assertThat(onlyFileIn(cache)).isEqualTo(library);
        assertThat(Files.getLastModifiedTime(library)).as("not written again").isEqualTo(written);
    }

    @Test
    void freshWorkersShareCompiledCodeThroughTheCompileCache() throws IOException {
        Path cache = temp.resolve("compiled");
        for (WasmRuntime runtime : WasmRuntime.values()) {
            SandboxOptions cold = SandboxOptions.defaults().withRuntime(runtime).withReuseWorker(false).withCompileCacheDir(cache);
            try (Sandbox sandbox = Sandbox.open(cold)) {
                assertThat(runExit0(sandbox).outcome()).isEqualTo(RunOutcome.OK);
                RunResult second = runExit0(sandbox);
                assertThat(second.outcome()).isEqualTo(RunOutcome.OK);
                assertThat(second.stdoutText()).isEqualTo("done\n");
            }
        }
        try (Stream<Path> files = Files.walk(cache)) {
            List<String> names = files.filter(Files::isRegularFile).map(p -> cache.relativize(p).toString()).toList();
            assertThat(names).anyMatch(n -> n.startsWith("wasmtime/")).anyMatch(n -> n.startsWith("chicory/") && n.endsWith(".bin"));
        }
    }

    @Test
    void whenTheNativeLibraryCannotLoadChicoryRunsTheGuestAndTheResultSaysWhy() throws IOException {
        Path broken = Files.writeString(temp.resolve("libwasmtime_jni.so"), "not a shared library");

        try (Sandbox sandbox = Sandbox.open(SandboxOptions.defaults().withNativeLibrary(broken))) {
            RunResult result = runExit0(sandbox);

            assertThat(result.outcome()).isEqualTo(RunOutcome.OK);
            assertThat(result.runtime()).isEqualTo(WasmRuntime.CHICORY);
            assertThat(result.stdoutText()).isEqualTo("done\n");
            assertThat(result.message()).startsWith("wasmtime could not load (").endsWith("), so Chicory ran it");
        }
    }

    @Test
    void coldModeStartsAFreshWorkerAndCompilesForEveryRun() {
        try (Sandbox sandbox = Sandbox.open(SandboxOptions.defaults().withReuseWorker(false))) {
            for (int i = 0; i < 2; i++) {
                RunResult result = runExit0(sandbox);

                assertThat(result.outcome()).isEqualTo(RunOutcome.OK);
                assertThat(result.metrics().workerStartMs()).isPositive();
                assertThat(result.metrics().compileMs()).isPositive();
            }
        }
    }

    @Test
    void aWorkerThatDiesMidRunIsAWorkerCrashAndTheNextRunGetsANewWorker() {
        // the worker JVM may hold 24 MiB; Chicory keeps guest memory on the heap, so a guest
        // allowed 1 GiB makes the worker die of OutOfMemoryError, as a native crash would
        SandboxOptions tiny = SandboxOptions.defaults().withRuntime(WasmRuntime.CHICORY)
                .withJvmOptions(List.of("-Xmx24m", "-XX:+ExitOnOutOfMemoryError"));
        try (Sandbox sandbox = Sandbox.open(tiny)) {
            RunResult crash = sandbox.run(TestModules.wat("membomb"), GuestInput.of("membomb"), LIMITS.withMaxMemoryBytes(1L << 30));

            assertThat(crash.outcome()).as(crash.summary()).isEqualTo(RunOutcome.WORKER_CRASHED);
            assertThat(crash.message()).startsWith("the sandbox worker failed: the worker died").contains("exit status");

            RunResult next = runExit0(sandbox);
            assertThat(next.outcome()).as(next.summary()).isEqualTo(RunOutcome.OK);
            assertThat(next.metrics().workerStartMs()).isPositive();
        }
    }

    @Test
    void aWorkerThatCannotStartIsAWorkerCrashWithTheReason() {
        SandboxOptions noClasses = SandboxOptions.defaults().withClassPath(temp.toString());
        try (Sandbox sandbox = Sandbox.open(noClasses)) {
            RunResult result = runExit0(sandbox);

            assertThat(result.outcome()).isEqualTo(RunOutcome.WORKER_CRASHED);
            assertThat(result.message()).contains("WorkerMain");
        }
    }

    private static Path onlyFileIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }
}
