package io.wasmfit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every outcome on both runtimes, each through a real worker process; after each failure the same sandbox must still run a good guest. */
class SandboxTest {

    private static final Map<WasmRuntime, Sandbox> SANDBOXES = new EnumMap<>(WasmRuntime.class);
    private static final SandboxLimits LIMITS = SandboxLimits.defaults()
            .withTimeout(Duration.ofSeconds(2))
            .withMaxMemoryBytes(4L << 20)
            .withMaxOutputBytes(64 * 1024);

    @BeforeAll
    static void openSandboxes() {
        for (WasmRuntime runtime : WasmRuntime.values()) {
            SANDBOXES.put(runtime, Sandbox.open(SandboxOptions.defaults().withRuntime(runtime)));
        }
    }

    @AfterAll
    static void closeSandboxes() {
        SANDBOXES.values().forEach(Sandbox::close);
    }

    private static RunResult run(WasmRuntime runtime, WasmModule module, GuestInput input) {
        return run(runtime, module, input, LIMITS);
    }

    private static RunResult run(WasmRuntime runtime, WasmModule module, GuestInput input, SandboxLimits limits) {
        return SANDBOXES.get(runtime).run(module, input, limits);
    }

    private static GuestInput echoInput() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("GREETING", "hello there");
        env.put("EMPTY", "");
        return GuestInput.of("echo.wasm", "first arg", "ünïcödé").withEnv(env)
                .withStdin("line one\nline two\n".getBytes(StandardCharsets.UTF_8));
    }

    private static final String ECHO_OUTPUT = "line one\nline two\nargv:\necho.wasm\nfirst arg\nünïcödé\nenv:\nGREETING=hello there\nEMPTY=\n";

    /** The sandbox still runs a good guest, with the right output, after whatever the test did. */
    private static void assertStillHealthy(WasmRuntime runtime) {
        RunResult next = run(runtime, TestModules.wat("echo"), echoInput());
        assertThat(next.outcome()).as(next.summary()).isEqualTo(RunOutcome.OK);
        assertThat(next.stdoutText()).isEqualTo(ECHO_OUTPUT);
    }

    @ParameterizedTest
    @EnumSource(WasmRuntime.class)
    void aGuestGetsExactlyItsArgvEnvironmentAndStdin(WasmRuntime runtime) {
        RunResult result = run(runtime, TestModules.wat("echo"), echoInput());

        assertThat(result.outcome()).as(result.summary()).isEqualTo(RunOutcome.OK);
        assertThat(result.runtime()).isEqualTo(runtime);
        assertThat(result.exitCode()).isZero();
        assertThat(result.stdoutText()).isEqualTo(ECHO_OUTPUT);
        assertThat(result.stderr()).isEmpty();
        assertThat(result.stdoutTruncated()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(WasmRuntime.class)
    void metricsDescribeTheRun(WasmRuntime runtime) {
        WasmModule echo = TestModules.wat("echo");
        run(runtime, echo, echoInput());

        RunResult warm = run(runtime, echo, echoInput());

        RunMetrics m = warm.metrics();
        assertThat(m.moduleBytes()).isEqualTo(echo.size());
        assertThat(m.workerStartMs()).as("warm worker reused").isZero();
        assertThat(m.compileMs()).as("compiled module reused").isZero();
        assertThat(m.instantiateMs()).isPositive();
        assertThat(m.runMs()).isPositive();
        assertThat(m.firstOutputMs()).isBetween(0.0, m.runMs());
        assertThat(m.peakMemoryBytes()).isEqualTo(2 * SandboxLimits.PAGE);
    }

    @Test
    void bothRuntimesWriteTheSameBytesForTheSameModuleAndInput() {
        for (String module : List.of("echo", "trap", "exit7")) {
            RunResult wasmtime = run(WasmRuntime.WASMTIME, TestModules.wat(module), echoInput());
            RunResult chicory = run(WasmRuntime.CHICORY, TestModules.wat(module), echoInput());

            assertThat(chicory.stdout()).as(module + " stdout").isEqualTo(wasmtime.stdout());
            assertThat(chicory.stderr()).as(module + " stderr").isEqualTo(wasmtime.stderr());
            assertThat(chicory.outcome()).as(module + " outcome").isEqualTo(wasmtime.outcome());
            assertThat(chicory.exitCode()).as(module + " exit code").isEqualTo(wasmtime.exitCode());
        }
    }

    @ParameterizedTest
    @EnumSource(WasmRuntime.class)
    void procExitZeroIsSuccess(WasmRuntime runtime) {
        RunResult result = run(runtime, TestModules.wat("exit0"), GuestInput.of("exit0"));

        assertThat(result.outcome()).as(result.summary()).isEqualTo(RunOutcome.OK);
        assertThat(result.exitCode()).isZero();
        assertThat(result.stdoutText()).isEqualTo("done\n");
    }

    @ParameterizedTest
    @EnumSource(WasmRuntime.class)
    void aNonZeroExitIsReportedWithItsStatusAndStderr(WasmRuntime runtime) {
        RunResult result = run(runtime, TestModules.wat("exit7"), GuestInput.of("exit7"));

        assertThat(result.outcome()).isEqualTo(RunOutcome.NON_ZERO_EXIT);
        assertThat(result.exitCode()).isEqualTo(7);
        assertThat(result.message()).isEqualTo("the guest exited with status 7");
        assertThat(result.stderrText()).isEqualTo("giving up\n");
        assertStillHealthy(runtime);
    }

    @ParameterizedTest
    @EnumSource(WasmRuntime.class)
    void aTrapKeepsTheOutputWrittenBeforeIt(WasmRuntime runtime) {
        RunResult result = run(runtime, TestModules.wat("trap"), GuestInput.of("trap"));

        assertThat(result.outcome()).isEqualTo(RunOutcome.TRAP);
        assertThat(result.message()).startsWith("the guest trapped: ").containsIgnoringCase("unreachable");
        assertThat(result.exitCode()).isEqualTo(-1);
        assertThat(result.stdoutText()).isEqualTo("before the trap\n");
        assertStillHealthy(runtime);
    }

    @ParameterizedTest
    @EnumSource(WasmRuntime.class)
    void endlessRecursionIsATrapNotACrash(WasmRuntime runtime) {
        RunResult result = run(runtime, TestModules.wat("recurse"), GuestInput.of("recurse"));

        assertThat(result.outcome()).as(result.summary()).isEqualTo(RunOutcome.TRAP);
        assertThat(result.message()).containsIgnoringCase("stack");
        assertStillHealthy(runtime);
    }

    @ParameterizedTest
    @EnumSource(WasmRuntime.class)
    void anInfiniteLoopHitsTheCpuLimit(WasmRuntime runtime) {
        long t0 = System.nanoTime();
        RunResult result = run(runtime, TestModules.wat("loop"), GuestInput.of("loop"), LIMITS.withTimeout(Duration.ofMillis(300)));
        long elapsedMs = (System.nanoTime() - t0) / 1_000_000;

        assertThat(result.outcome()).as(result.summary()).isEqualTo(RunOutcome.CPU_TIME_LIMIT);
        // the limit starts before instantiation (a module's start function runs guest code too)
        assertThat(result.metrics().instantiateMs() + result.metrics().runMs()).isGreaterThanOrEqualTo(290);
        assertThat(elapsedMs).as("stopped soon after the limit").isLessThan(10_000);
        assertStillHealthy(runtime);
    }

    @ParameterizedTest
    @EnumSource(WasmRuntime.class)
    void aMemoryBombStopsAtTheMemoryLimit(WasmRuntime runtime) {
        RunResult result = run(runtime, TestModules.wat("membomb"), GuestInput.of("membomb"));

        assertThat(result.outcome()).as(result.summary()).isEqualTo(RunOutcome.MEMORY_LIMIT);
        // 1 page, then 16 pages at a time: the fourth step (65 pages) passes the 64-page limit
        assertThat(result.metrics().peakMemoryBytes()).isEqualTo(49 * SandboxLimits.PAGE);
        assertThat(result.message()).containsIgnoringCase("unreachable").endsWith("linear memory reached 3.1 MiB of the 4.0 MiB limit, past which memory.grow fails");
        assertStillHealthy(runtime);
    }

    @ParameterizedTest
    @EnumSource(WasmRuntime.class)
    void aModuleDeclaringTooMuchMemoryIsRefusedBeforeRunning(WasmRuntime runtime) {
        RunResult result = run(runtime, TestModules.wat("bigmin"), GuestInput.of("bigmin"));

        assertThat(result.outcome()).isEqualTo(RunOutcome.MEMORY_LIMIT);
        assertThat(result.message()).contains("declares 64 MiB");
        assertStillHealthy(runtime);
    }

    @ParameterizedTest
    @EnumSource(WasmRuntime.class)
    void aStdoutFloodIsCutAtTheOutputLimit(WasmRuntime runtime) {
        RunResult result = run(runtime, TestModules.wat("flood"), GuestInput.of("flood"));

        assertThat(result.outcome()).as(result.summary()).isEqualTo(RunOutcome.OUTPUT_LIMIT);
        assertThat(result.stdoutTruncated()).isTrue();
        assertThat(result.stdout()).hasSize(64 * 1024);
        assertThat(new String(result.stdout(), StandardCharsets.US_ASCII)).matches("x+");
        assertThat(result.message()).startsWith("stdout went past the output limit");
        assertStillHealthy(runtime);
    }

    @ParameterizedTest
    @EnumSource(WasmRuntime.class)
    void notAWasmFileIsAnInvalidModule(WasmRuntime runtime) {
        RunResult result = run(runtime, WasmModule.of("notes.txt", "just some text".getBytes(StandardCharsets.UTF_8)), GuestInput.of("x"));

        assertThat(result.outcome()).isEqualTo(RunOutcome.INVALID_MODULE);
        assertThat(result.message()).startsWith("not a WebAssembly module");
        assertStillHealthy(runtime);
    }

    @ParameterizedTest
    @EnumSource(WasmRuntime.class)
    void aTruncatedModuleIsAnInvalidModule(WasmRuntime runtime) {
        byte[] echo = TestModules.bytes("echo");
        RunResult result = run(runtime, WasmModule.of("cut.wasm", Arrays.copyOf(echo, echo.length / 2)), GuestInput.of("x"));

        assertThat(result.outcome()).isEqualTo(RunOutcome.INVALID_MODULE);
        assertThat(result.message()).startsWith("truncated module");
        assertStillHealthy(runtime);
    }

    @ParameterizedTest
    @EnumSource(WasmRuntime.class)
    void aModuleThatFailsValidationIsAnInvalidModuleWithTheRuntimesReason(WasmRuntime runtime) {
        RunResult result = run(runtime, TestModules.failsValidation(), GuestInput.of("x"));

        assertThat(result.outcome()).as(result.summary()).isEqualTo(RunOutcome.INVALID_MODULE);
        assertThat(result.message()).contains(runtime == WasmRuntime.WASMTIME ? "wasmtime rejected the module" : "Chicory rejected the module");
        assertStillHealthy(runtime);
    }

    @ParameterizedTest
    @EnumSource(WasmRuntime.class)
    void aModuleWithoutStartIsMissingStart(WasmRuntime runtime) {
        RunResult result = run(runtime, TestModules.wat("nostart"), GuestInput.of("x"));

        assertThat(result.outcome()).isEqualTo(RunOutcome.MISSING_START);
        assertStillHealthy(runtime);
    }

    @ParameterizedTest
    @EnumSource(WasmRuntime.class)
    void unknownImportsAreListed(WasmRuntime runtime) {
        RunResult result = run(runtime, TestModules.wat("imports"), GuestInput.of("x"));

        assertThat(result.outcome()).isEqualTo(RunOutcome.UNKNOWN_IMPORTS);
        assertThat(result.unknownImports()).containsExactly("env::now_millis", "fermyon:spin/http::send-request");
        assertStillHealthy(runtime);
    }

    @ParameterizedTest
    @EnumSource(WasmRuntime.class)
    void aRunPastTheWallClockKillsTheWorkerAndTheNextRunGetsAFreshOne(WasmRuntime runtime) {
        SandboxLimits limits = LIMITS.withTimeout(Duration.ofSeconds(60)).withWallClock(Duration.ofMillis(1500));

        RunResult result = run(runtime, TestModules.wat("loop"), GuestInput.of("loop"), limits);

        assertThat(result.outcome()).isEqualTo(RunOutcome.WALL_CLOCK_LIMIT);
        assertThat(result.message()).contains("1500 ms wall-clock limit");
        RunResult next = run(runtime, TestModules.wat("echo"), echoInput());
        assertThat(next.outcome()).isEqualTo(RunOutcome.OK);
        assertThat(next.metrics().workerStartMs()).as("a new worker").isPositive();
    }
}
