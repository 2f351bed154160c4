package io.wasmfit.app.cli;

/** The process exit codes of the CLI contract (DESIGN.md). */
public enum ExitCode {
    /** Everything asked for was done. */
    OK(0),
    /** A threshold was missed: --fail-under, a compare mismatch, a guest trap or limit. */
    THRESHOLD(1),
    /** Bad usage or bad input; the message says what and where. */
    BAD_INPUT(2),
    /** A bug in wasmfit; the message names the log file with the details. */
    INTERNAL(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
