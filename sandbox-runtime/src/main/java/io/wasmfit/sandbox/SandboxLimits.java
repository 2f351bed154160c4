package io.wasmfit.sandbox;

import java.time.Duration;

/**
 * What a guest may use in one run. Each limit, when hit, ends the run with its own
 * {@link RunOutcome}.
 *
 * @param cpuTime        guest execution time (wasmtime: epoch interruption; Chicory: thread
 *                       interruption) → {@link RunOutcome#CPU_TIME_LIMIT}
 * @param wallClock      the whole request as seen by the caller, compile included; past it the
 *                       worker process is killed → {@link RunOutcome#WALL_CLOCK_LIMIT}
 * @param maxMemoryBytes linear memory: a module declaring more is refused, growth beyond it fails
 *                       → {@link RunOutcome#MEMORY_LIMIT}
 * @param maxOutputBytes stdout and stderr, each → {@link RunOutcome#OUTPUT_LIMIT}
 */
public record SandboxLimits(Duration cpuTime, Duration wallClock, long maxMemoryBytes, long maxOutputBytes) {

    public static final long PAGE = 65_536;

    /** Spare time for the worker to compile the module on top of the guest's CPU time. */
    private static final Duration COMPILE_ALLOWANCE = Duration.ofSeconds(20);

    public SandboxLimits {
        if (cpuTime.isNegative() || cpuTime.isZero() || wallClock.isNegative() || wallClock.isZero()) {
            throw new IllegalArgumentException("time limits must be positive: cpu " + cpuTime + ", wall clock " + wallClock);
        }
        if (maxMemoryBytes < PAGE) {
            throw new IllegalArgumentException("the memory limit must be at least one 64 KiB page, not " + maxMemoryBytes + " bytes");
        }
        if (maxOutputBytes < 0) {
            throw new IllegalArgumentException("the output limit cannot be negative: " + maxOutputBytes);
        }
    }

    /** 10 s of CPU, 256 MiB of memory, 1 MiB of output per stream. */
    public static SandboxLimits defaults() {
        return new SandboxLimits(Duration.ofSeconds(10), Duration.ofSeconds(10).plus(COMPILE_ALLOWANCE), 256L << 20, 1L << 20);
    }

    /** Sets the CPU time and a wall clock of that time plus an allowance for compiling the module. */
    public SandboxLimits withTimeout(Duration timeout) {
        return new SandboxLimits(timeout, timeout.plus(COMPILE_ALLOWANCE), maxMemoryBytes, maxOutputBytes);
    }

    public SandboxLimits withWallClock(Duration limit) {
        return new SandboxLimits(cpuTime, limit, maxMemoryBytes, maxOutputBytes);
    }

    public SandboxLimits withMaxMemoryBytes(long bytes) {
        return new SandboxLimits(cpuTime, wallClock, bytes, maxOutputBytes);
    }

    public SandboxLimits withMaxOutputBytes(long bytes) {
        return new SandboxLimits(cpuTime, wallClock, maxMemoryBytes, bytes);
    }

    /** The memory limit in whole 64 KiB pages (rounded down). */
    public long maxMemoryPages() {
        return maxMemoryBytes / PAGE;
    }
}
