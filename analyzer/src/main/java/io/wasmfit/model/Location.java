package io.wasmfit.model;

/** A place in the scanned code: a path relative to the source root, with '/', and a 1-based line. */
public record Location(String file, int line) {
}
