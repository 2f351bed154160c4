package io.wasmfit.sandbox.worker;

/** Thrown from inside a host call to stop a guest that wrote past the output limit. */
final class OutputLimitExceeded extends RuntimeException {

    OutputLimitExceeded(String stream) {
        super(stream + " went past the output limit", null, false, false);
    }
}
