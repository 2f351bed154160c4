package io.wasmfit.generator.build;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of {@code wasmfit build}.
 *
 * @param wasm      the module (null when the build failed)
 * @param wasmBytes its size
 * @param javacMs   time of the Java compilation
 * @param teavmMs   time of the TeaVM compilation to Wasm
 * @param problems  errors, with paths relative to the satellite (empty when ok)
 */
public record BuildResult(Path wasm, long wasmBytes, long javacMs, long teavmMs, List<BuildProblem> problems) {

    public BuildResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return wasm != null && problems.isEmpty();
    }
}
