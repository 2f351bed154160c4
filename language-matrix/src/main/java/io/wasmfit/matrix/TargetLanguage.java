package io.wasmfit.matrix;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A language a satellite can be written in, as a Spin component. */
public enum TargetLanguage {
    /**
     * Java compiled with TeaVM 0.13.1 to a WASI preview1 command module, run by Spin's WAGI
     * executor: HTTP only, no Spin SDK.
     */
    JAVA("java"),
    /** Rust with the Spin Rust SDK. */
    RUST("rust"),
    /** TypeScript or JavaScript with the Spin JS/TS SDK. */
    TYPESCRIPT("typescript"),
    /** Python with the Spin Python SDK (componentize-py). */
    PYTHON("python"),
    /** Go compiled with TinyGo, with the Spin Go SDK. */
    GO("go");

    private final String key;

    TargetLanguage(String key) {
        this.key = key;
    }

    /** The stable lower-case key used in data files, on the command line and in reports. */
    @JsonValue
    public String key() {
        return key;
    }

    /** The language with this key, ignoring case and surrounding blanks. */
    @JsonCreator
    public static TargetLanguage fromKey(String key) {
        String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        for (TargetLanguage t : values()) {
            if (t.key.equals(wanted)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown language '" + key + "' (expected one of: " + keys() + ")");
    }

    /** All keys, comma-separated, for messages. */
    public static String keys() {
        return Arrays.stream(values()).map(TargetLanguage::key).collect(Collectors.joining(", "));
    }
}
