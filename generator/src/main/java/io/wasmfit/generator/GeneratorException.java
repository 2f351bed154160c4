package io.wasmfit.generator;

/** Bad input for generate, build or compare: the message says what is wrong and what to do. */
public final class GeneratorException extends Exception {

    public GeneratorException(String message) {
        super(message);
    }

    public GeneratorException(String message, Throwable cause) {
        super(message, cause);
    }
}
