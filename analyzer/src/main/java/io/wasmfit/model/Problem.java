package io.wasmfit.model;

/** Something the scan could not read or understand; the scan went on without it. Line 0 = whole file. */
public record Problem(String file, int line, String message) {
}
