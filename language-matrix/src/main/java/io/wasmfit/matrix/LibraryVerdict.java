package io.wasmfit.matrix;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Whether a library has a path to WebAssembly for a given target language. */
public enum LibraryVerdict {
    /** Works as is once compiled to Wasm. */
    SUPPORTED,
    /** Does not run in Wasm, but a Spin API does the same job (outbound HTTP, Redis, SQL, key-value...). */
    REPLACEABLE,
    /** Neither runs in Wasm nor has a Spin replacement. */
    UNSUPPORTED,
    /** Not known to wasmfit's catalog, or not known to work: never assumed to be supported. */
    UNKNOWN;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static LibraryVerdict fromKey(String key) {
        for (LibraryVerdict v : values()) {
            if (v.key().equals(key)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown library verdict '" + key
                + "' (expected supported, replaceable, unsupported or unknown)");
    }
}
