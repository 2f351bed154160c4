package io.wasmfit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How good a satellite a candidate would make: strong ≥ 70, possible 40–69, poor < 40. */
public enum Verdict {
    STRONG, POSSIBLE, POOR;

    public static Verdict of(int overall) {
        if (overall >= 70) {
            return STRONG;
        }
        return overall >= 40 ? POSSIBLE : POOR;
    }

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Verdict fromKey(String key) {
        for (Verdict v : values()) {
            if (v.key().equals(key)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown verdict '" + key + "' (expected strong, possible or poor)");
    }
}
