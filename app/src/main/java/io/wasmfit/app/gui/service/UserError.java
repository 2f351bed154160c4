package io.wasmfit.app.gui.service;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import io.wasmfit.analyzer.workspace.WorkspaceException;
import io.wasmfit.app.cli.UserInputException;
import io.wasmfit.report.OutputFolder;

/**
 * What a dialog says when something fails: a title, one or two sentences for the user, and the
 * technical detail (hidden until the user expands it). Bad input from the user carries its own
 * message; anything else is an internal error whose stack trace goes to the log, not the dialog text.
 *
 * @param detail shown in the dialog's expandable area; null when there is nothing more to say
 */
public record UserError(String title, String message, String detail) {

    /** Describes {@code failure} that happened while {@code doing} ("scanning examples/shop"). */
    public static UserError of(String doing, Throwable failure, GuiLog log) {
        Throwable cause = unwrap(failure);
        if (cause instanceof WorkspaceException || cause instanceof UserInputException
                || cause instanceof OutputFolder.OutputFolderException) {
            // the engine's messages name the CLI option; in the window there is none
            return new UserError("Cannot continue", capitalise(cause.getMessage().replace("--out ", "")) + ".", null);
        }
        log.error("failure while " + doing, cause);
        return new UserError("Internal error",
                "wasmfit ran into an internal error while " + doing + ": " + cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")")
                        + ".\nThe details are in " + log.file() + ".",
                GuiLog.stackTrace(cause));
    }

    private static Throwable unwrap(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String capitalise(String s) {
        if (s == null || s.isEmpty()) {
            return "The input cannot be used";
        }
        String text = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
