package io.wasmfit.sandbox;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.wasmfit.sandbox.ModuleInspector.Inspection;
import io.wasmfit.sandbox.worker.Protocol;

/**
 * Runs WASI preview1 command modules in a child JVM with limits. A bad module is refused before
 * any process starts; a guest that traps, loops, floods or hoards memory ends with its own
 * {@link RunOutcome}; a worker that dies (a runtime panic) costs a restart, never the caller.
 *
 * <p>Warm by default ({@link SandboxOptions#reuseWorker()}): the worker and its compiled modules
 * stay, so a run of an already-run module is instantiate + `_start` only, the way Spin serves a
 * request with a fresh instance of a precompiled component. Runs are serialised; use one sandbox
 * per thread for parallel runs. Close it to stop the worker.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.open(SandboxOptions.defaults())) {
 *     RunResult r = sandbox.run(WasmModule.read(path), GuestInput.of("app", "--verbose"), SandboxLimits.defaults());
 * }
 * }</pre>
 */
public final class Sandbox implements AutoCloseable {

    private final SandboxOptions options;
    private final Map<String, Inspection> inspections = new HashMap<>();
    private WorkerProcess worker;
    private final Set<String> sentModules = new HashSet<>();

    private Sandbox(SandboxOptions options) {
        this.options = options;
    }

    public static Sandbox open(SandboxOptions options) {
        return new Sandbox(options);
    }

    public SandboxOptions options() {
        return options;
    }

    public synchronized RunResult run(WasmModule module, GuestInput input, SandboxLimits limits) {
        long deadline = System.nanoTime() + limits.wallClock().toNanos();
        Inspection inspection = inspections.computeIfAbsent(module.sha256() + "/" + limits.maxMemoryPages(),
                k -> ModuleInspector.inspect(module.bytes(), limits.maxMemoryPages()));
        if (inspection.refused()) {
            return RunResult.refused(inspection.refusal(), options.runtime(), inspection.message(),
                    inspection.unknownImports(), module.size());
        }
        double startMs = 0;
        try {
            if (worker == null || !worker.alive()) {
                discardWorker();
                worker = WorkerProcess.start(options);
                startMs = worker.startMs;
            }
            return ask(worker, module, inspection.runnable(), input, limits, deadline, startMs);
        } catch (IOException | WorkerProcess.Died e) {
            discardWorker();
            return RunResult.refused(RunOutcome.WORKER_CRASHED, options.runtime(),
                    "the sandbox worker failed: " + e.getMessage(), List.of(), module.size());
        } catch (WorkerProcess.Late late) {
            worker.kill();
            discardWorker();
            return RunResult.refused(RunOutcome.WALL_CLOCK_LIMIT, options.runtime(), "the run took longer than the "
                    + limits.wallClock().toMillis() + " ms wall-clock limit; the worker was killed", List.of(), module.size());
        } finally {
            if (!options.reuseWorker()) {
                discardWorker();
            }
        }
    }

    private RunResult ask(WorkerProcess w, WasmModule module, byte[] runnable, GuestInput input, SandboxLimits limits,
                          long deadline, double startMs) throws WorkerProcess.Died, WorkerProcess.Late {
        String key = WasmModule.sha256(runnable);
        boolean sent = sentModules.contains(key);
        Protocol.Message reply = w.exchange(request(key, sent ? null : runnable, input, limits), deadline);
        if (reply instanceof Protocol.NeedModule) {
            reply = w.exchange(request(key, runnable, input, limits), deadline);
        }
        sentModules.add(key);
        if (!(reply instanceof Protocol.Done done)) {
            throw new WorkerProcess.Died("unexpected answer " + reply);
        }
        RunMetrics metrics = new RunMetrics(module.size(), startMs, done.compileNanos() / 1e6, done.instantiateNanos() / 1e6,
                done.firstOutputNanos() < 0 ? -1 : done.firstOutputNanos() / 1e6, done.runNanos() / 1e6, done.peakMemoryBytes());
        return new RunResult(RunOutcome.valueOf(done.outcome()), WasmRuntime.valueOf(done.runtime()), done.exitCode(),
                done.message(), done.stdout(), done.stdoutTruncated(), done.stderr(), done.stderrTruncated(), List.of(), metrics);
    }

    private Protocol.Run request(String key, byte[] module, GuestInput input, SandboxLimits limits) {
        return new Protocol.Run(options.runtime().name(), key, module, input.argv(), input.env(), input.stdin(),
                limits.cpuTime().toNanos(), limits.maxMemoryBytes(), limits.maxOutputBytes());
    }

    private void discardWorker() {
        if (worker != null) {
            worker.close();
            worker = null;
        }
        sentModules.clear();
    }

    @Override
    public synchronized void close() {
        discardWorker();
    }
}
