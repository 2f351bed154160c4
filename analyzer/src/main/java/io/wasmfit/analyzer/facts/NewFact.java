package io.wasmfit.analyzer.facts;

import java.io.Serializable;

/** A constructor call {@code new T(...)} (type as written, no type arguments). */
public record NewFact(String type, int args, int line, boolean inLoop) implements Serializable {

    public NewFact {
        type = Names.canonical(type);
    }
}
