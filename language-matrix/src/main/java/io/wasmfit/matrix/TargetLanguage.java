package io.wasmfit.matrix;

import java.util.Locale;

/** A language a satellite can be written in. JAVA = TeaVM to a WASI command module under Spin's WAGI executor. */
public enum TargetLanguage {
    JAVA, RUST, TYPESCRIPT, PYTHON, GO;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TargetLanguage fromKey(String key) {
        for (TargetLanguage t : values()) {
            if (t.key().equalsIgnoreCase(key)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown language '" + key + "' (expected java, rust, typescript, python or go)");
    }
}
