package io.wasmfit.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The three questions wasmfit asks of every entry point; each is scored 0–100. */
public enum Criterion {
    /** Invoked by an event: an HTTP request, a message, a schedule, a function trigger. */
    EVENT_DRIVEN("eventDriven"),
    /** Finishes well under a minute: no unbounded loops over I/O, long sleeps, blocking waits, streaming. */
    SHORT_RUNNING("shortRunning"),
    /** Every library it reaches has a Wasm path. */
    DEPENDENCY_SUPPORTED("dependencySupported");

    private final String key;

    Criterion(String key) {
        this.key = key;
    }

    /** The name used in rule files and in the report. */
    @JsonValue
    public String key() {
        return key;
    }

    @JsonCreator
    public static Criterion fromKey(String key) {
        for (Criterion c : values()) {
            if (c.key.equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown criterion '" + key
                + "' (expected eventDriven, shortRunning or dependencySupported)");
    }
}
