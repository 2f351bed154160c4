package io.wasmfit.analyzer.facts;

import java.io.Serializable;
import java.util.List;

/** A method parameter: its declared type without type arguments (for varargs, the element type). */
public record ParamFact(String name, String type, List<AnnotationFact> annotations, boolean varargs)
        implements Serializable {

    public ParamFact {
        name = Names.canonical(name);
        type = Names.canonical(type);
        annotations = List.copyOf(annotations);
    }
}
