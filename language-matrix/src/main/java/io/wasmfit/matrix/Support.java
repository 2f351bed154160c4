package io.wasmfit.matrix;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a language's Spin SDK (or, for Java, the WAGI path) supports a Spin feature. */
public enum Support {
    SUPPORTED("supported"),
    NOT_SUPPORTED("not-supported"),
    /** Nobody has shown it to work or not: never read as supported. */
    UNKNOWN("unknown");

    private final String key;

    Support(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    static Support fromKey(String key) {
        String wanted = key.strip().toLowerCase(Locale.ROOT);
        for (Support s : values()) {
            if (s.key.equals(wanted)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown support value '" + key + "' (expected supported, not-supported or unknown)");
    }
}
