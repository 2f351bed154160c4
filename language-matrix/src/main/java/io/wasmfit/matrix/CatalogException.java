package io.wasmfit.matrix;

/** A catalog or matrix file that cannot be used; the message names file, line and column. */
public final class CatalogException extends Exception {
    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
