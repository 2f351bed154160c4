package io.wasmfit.analyzer.facts;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * A field. {@code initializer} holds the initial value when it is a constant expression
 * (literals, references to other constants, concatenation), so that annotation attributes such as
 * {@code topics = Topics.ORDERS} can be resolved; {@code mutableInit} is true when it is
 * initialised with a new collection, map or other mutable object.
 */
public record FieldFact(String name, String type, Set<String> modifiers, List<AnnotationFact> annotations, int line,
                        ValueExpr initializer, boolean mutableInit) implements Serializable {

    public FieldFact {
        name = Names.canonical(name);
        type = Names.canonical(type);
        modifiers = Set.copyOf(modifiers);
        annotations = List.copyOf(annotations);
    }

    public boolean isStatic() {
        return modifiers.contains("static");
    }

    public boolean isFinal() {
        return modifiers.contains("final");
    }
}
