package io.wasmfit.generator.build;

/** Progress of a build, for a progress bar or a log. */
public interface BuildListener {

    BuildListener NONE = new BuildListener() {
    };

    /** A new step: "compiling Java", "compiling to Wasm". */
    default void step(String name) {
    }

    /** Work done in the current step, out of total (0 when unknown). */
    default void progress(int done, int total) {
    }
}
