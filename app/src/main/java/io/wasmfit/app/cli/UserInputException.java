package io.wasmfit.app.cli;

/** Bad usage or bad input: the message is one sentence for the user saying what and where (exit 2). */
public final class UserInputException extends RuntimeException {

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
