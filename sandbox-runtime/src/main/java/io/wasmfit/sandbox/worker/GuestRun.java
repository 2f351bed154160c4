package io.wasmfit.sandbox.worker;

import java.util.Locale;

import io.wasmfit.sandbox.RunOutcome;

/**
 * What happened in one run, gathered by an engine and turned into a {@link Protocol.Done}.
 * The classification rules live here so that both runtimes name outcomes the same way.
 */
final class GuestRun {

    /** How the guest stopped, before the limits are taken into account. */
    enum Stop { RETURNED, EXITED, TRAPPED, INTERRUPTED, OUTPUT_STOPPED, INSTANTIATION_FAILED }

    final CappedOutput stdout;
    final CappedOutput stderr;
    private final long maxMemoryBytes;
    Stop stop = Stop.RETURNED;
    int exitCode = -1;
    String detail = "";
    long instantiateNanos;
    long runNanos;
    long peakMemoryBytes;

    GuestRun(Protocol.Run request, long originNanos) {
        this.stdout = new CappedOutput(request.maxOutputBytes(), originNanos);
        this.stderr = new CappedOutput(request.maxOutputBytes(), originNanos);
        this.maxMemoryBytes = request.maxMemoryBytes();
    }

    Protocol.Done done(String runtime, long compileNanos, String note) {
        RunOutcome outcome;
        String message;
        switch (stop) {
            case RETURNED -> {
                outcome = RunOutcome.OK;
                exitCode = 0;
                message = "";
            }
            case EXITED -> {
                outcome = exitCode == 0 ? RunOutcome.OK : RunOutcome.NON_ZERO_EXIT;
                message = exitCode == 0 ? "" : "the guest exited with status " + exitCode;
            }
            case INTERRUPTED -> {
                outcome = RunOutcome.CPU_TIME_LIMIT;
                message = "the guest used up its CPU time and was interrupted";
            }
            case OUTPUT_STOPPED -> {
                outcome = RunOutcome.OUTPUT_LIMIT;
                message = (stdout.exceeded() ? "stdout" : "stderr") + " went past the output limit; the guest was stopped";
            }
            default -> {
                outcome = RunOutcome.TRAP;
                message = (stop == Stop.INSTANTIATION_FAILED ? "instantiation failed: " : "the guest trapped: ") + detail;
            }
        }
        if ((outcome == RunOutcome.TRAP || outcome == RunOutcome.NON_ZERO_EXIT) && memoryExhausted()) {
            message = message + " after its linear memory reached " + mib(peakMemoryBytes) + " of the " + mib(maxMemoryBytes)
                    + " limit, past which memory.grow fails";
            outcome = RunOutcome.MEMORY_LIMIT;
        }
        if (!note.isEmpty()) {
            message = message.isEmpty() ? note : message + " (" + note + ")";
        }
        return new Protocol.Done(outcome.name(), runtime, exitCode, message,
                stdout.bytes(), stdout.exceeded(), stderr.bytes(), stderr.exceeded(),
                compileNanos, instantiateNanos, stdout.firstByteNanos(), runNanos, peakMemoryBytes);
    }

    /**
     * Neither runtime reports a refused memory.grow, so a failure is blamed on the cap when the
     * guest had used more than half of it: allocators grow in chunks, often doubling, so the
     * refused request is typically made well below the cap.
     */
    private boolean memoryExhausted() {
        return peakMemoryBytes > maxMemoryBytes / 2;
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }
}
