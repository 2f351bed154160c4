package io.wasmfit.analyzer.workspace;

/**
 * The workspace cannot be opened: a missing folder, a bad git URL or branch, an unreachable host.
 * The message is one sentence for the user that says what and where.
 */
public final class WorkspaceException extends Exception {

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
