package io.wasmfit.sandbox.worker;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.github.kawamuray.wasmtime.Engine;

/**
 * Advances wasmtime's epoch every {@link #TICK_NANOS} while a guest runs, so that a store whose
 * deadline is N ticks traps after about N milliseconds of guest execution. Idle between runs.
 */
final class EpochTicker {

    static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final Engine engine;
    private final Thread thread;
    private volatile boolean armed;

    EpochTicker(Engine engine) {
        this.engine = engine;
        this.thread = new Thread(this::tick, "wasmtime-epoch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Ticks needed for the given CPU time, at least one. */
    static long ticks(long cpuNanos) {
        return Math.max(1, (cpuNanos + TICK_NANOS - 1) / TICK_NANOS);
    }

    void arm() {
        armed = true;
        LockSupport.unpark(thread);
    }

    void disarm() {
        armed = false;
    }

    private void tick() {
        while (true) {
            if (!armed) {
                LockSupport.park(this);
                continue;
            }
            LockSupport.parkNanos(TICK_NANOS);
            if (armed) {
                engine.incrementEpoch();
            }
        }
    }
}
