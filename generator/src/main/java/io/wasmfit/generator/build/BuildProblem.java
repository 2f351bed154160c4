package io.wasmfit.generator.build;

/**
 * A compiler error mapped back to the satellite's sources.
 *
 * @param file    path relative to the satellite folder ('/'), or null when no file is known
 * @param line    1-based line, 0 when not known
 * @param message the compiler's message
 */
public record BuildProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return (file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ") + message;
    }
}
