package io.wasmfit.sandbox;

/** How a run ended. Every limit and every kind of bad module has its own value. */
public enum RunOutcome {
    /** The guest finished: `_start` returned or it called proc_exit(0). */
    OK,
    /** The guest called proc_exit with a non-zero status ({@link RunResult#exitCode()}). */
    NON_ZERO_EXIT,
    /** The guest trapped (unreachable, out-of-bounds access, stack overflow...). */
    TRAP,
    /** The guest used up its CPU time. */
    CPU_TIME_LIMIT,
    /** The request took longer than the wall-clock limit; the worker was killed. */
    WALL_CLOCK_LIMIT,
    /**
     * The module declares more memory than allowed, or it trapped or exited non-zero after using
     * more than half of the limit (memory.grow fails past the limit; neither runtime reports the
     * refusal itself, so this is inferred).
     */
    MEMORY_LIMIT,
    /** stdout or stderr went past the output limit; the guest was stopped. */
    OUTPUT_LIMIT,
    /** Not a WebAssembly module, truncated, or rejected by the runtime's validation. */
    INVALID_MODULE,
    /** The module exports no `_start` function: it is not a WASI command. */
    MISSING_START,
    /** The module imports functions that no WASI preview1 host provides (listed). */
    UNKNOWN_IMPORTS,
    /** The worker process died or failed (a runtime panic, a JVM crash); the caller is unaffected. */
    WORKER_CRASHED;

    /** True when the module itself is unusable, whatever the input: bad input for the CLI. */
    public boolean badModule() {
        return this == INVALID_MODULE || this == MISSING_START || this == UNKNOWN_IMPORTS;
    }

    /** True when a limit of {@link SandboxLimits} ended the run. */
    public boolean limitHit() {
        return this == CPU_TIME_LIMIT || this == WALL_CLOCK_LIMIT || this == MEMORY_LIMIT || this == OUTPUT_LIMIT;
    }
}
