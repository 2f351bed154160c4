package io.wasmfit.sandbox.worker;

/** The runtime refused to compile the module; the message is the runtime's own. */
final class InvalidModule extends Exception {

    InvalidModule(String message, Throwable cause) {
        super(message, cause);
    }
}
