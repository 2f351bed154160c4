package io.wasmfit.analyzer.evaluate;

import java.util.List;
import java.util.Map;

/** Where a match holds, and the values it captured (annotation attributes, the call or type found). */
public record Hit(String file, int line, Map<String, List<String>> captures) {

    public Hit {
        captures = Map.copyOf(captures);
    }
}
