package io.wasmfit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How an entry point is invoked. */
public enum CandidateKind {
    HTTP, MESSAGE, SCHEDULE, FUNCTION, EVENT;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static CandidateKind fromKey(String key) {
        for (CandidateKind k : values()) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown candidate kind '" + key
                + "' (expected http, message, schedule, function or event)");
    }
}
