package io.wasmfit.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The result of one run: how it ended, why, what the guest wrote and what it cost.
 *
 * @param outcome          how the run ended
 * @param runtime          the runtime that actually ran it (Chicory after a fallback)
 * @param exitCode         the guest's exit status, or -1 when it did not exit (trap, limit...)
 * @param message          the cause in one sentence for anything but {@link RunOutcome#OK}; notes
 *                         such as a runtime fallback otherwise; never null
 * @param stdout           what the guest wrote to stdout, at most the output limit
 * @param stdoutTruncated  true when stdout was cut at the limit
 * @param stderr           what the guest wrote to stderr, at most the output limit
 * @param stderrTruncated  true when stderr was cut at the limit
 * @param unknownImports   for {@link RunOutcome#UNKNOWN_IMPORTS}: "module::name" of each
 * @param metrics          sizes and timings
 */
public record RunResult(RunOutcome outcome, WasmRuntime runtime, int exitCode, String message,
                        byte[] stdout, boolean stdoutTruncated, byte[] stderr, boolean stderrTruncated,
                        List<String> unknownImports, RunMetrics metrics) {

    public RunResult {
        unknownImports = List.copyOf(unknownImports);
        message = message == null ? "" : message;
    }

    /** A run that was refused or failed before the guest ran. */
    static RunResult refused(RunOutcome outcome, WasmRuntime runtime, String message, List<String> unknownImports, long moduleBytes) {
        return new RunResult(outcome, runtime, -1, message, new byte[0], false, new byte[0], false,
                unknownImports, RunMetrics.none(moduleBytes));
    }

    public boolean ok() {
        return outcome == RunOutcome.OK;
    }

    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    public String stderrText() {
        return new String(stderr, StandardCharsets.UTF_8);
    }

    /** One line for people: the outcome and its cause. */
    public String summary() {
        return outcome == RunOutcome.OK
                ? "ok" + (message.isEmpty() ? "" : " (" + message + ")")
                : outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + message;
    }
}
