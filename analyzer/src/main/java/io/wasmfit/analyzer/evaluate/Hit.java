package io.wasmfit.analyzer.evaluate;

import java.util.List;
import java.util.Map;

import io.wasmfit.analyzer.index.MethodRef;

/**
 * Where a match holds, and the values it captured (annotation attributes, arguments, the call or
 * type found). {@code handler} is set when the match is a registration ({@code app.get("/x", h)}):
 * the method (or lambda) that runs on the event, which is then the entry point.
 */
public record Hit(String file, int line, Map<String, List<String>> captures, MethodRef handler) {

    public Hit {
        captures = Map.copyOf(captures);
    }

    public Hit(String file, int line, Map<String, List<String>> captures) {
        this(file, line, captures, null);
    }
}
