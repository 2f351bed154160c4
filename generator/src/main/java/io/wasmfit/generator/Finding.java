package io.wasmfit.generator;

/**
 * Something the user has to know about a satellite: what was replaced, stubbed or left to do.
 * Findings go into the satellite's README and the CLI's output; none of them stops generation.
 *
 * @param kind    what sort of finding it is
 * @param message one sentence for people, naming the type or member concerned
 * @param file    the original file it is about (relative to the scanned root, '/'), or null
 * @param line    1-based line in {@code file}, 0 when not known
 */
public record Finding(Kind kind, String message, String file, int line) {

    public enum Kind {
        /** Code TeaVM cannot compile (reflection, threads, JNI): the member was stubbed. */
        UNSUPPORTED_IN_WASM,
        /** A collaborator that cannot move became an interface with a Spin-backed or TODO implementation. */
        REPLACED,
        /** Framework behaviour that the satellite does not reproduce (validation, transactions...). */
        DROPPED_BEHAVIOUR,
        /** Work the generated code leaves to the user. */
        TODO
    }

    /** "file:line: message", or the message alone when there is no place. */
    public String describe() {
        return file == null ? message : file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
