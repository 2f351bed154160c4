package io.wasmfit.analyzer.facts;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An annotation as written: its name (simple or qualified, resolved later against the file's
 * imports) and its attributes; a single-member annotation has the attribute {@code value}.
 */
public record AnnotationFact(String name, Map<String, ValueExpr> attributes, int line) implements Serializable {

    public AnnotationFact {
        name = Names.canonical(name);
        attributes = attributes.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    public String simpleName() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }
}
