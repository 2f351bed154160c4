package io.wasmfit.analyzer.facts;

import java.io.Serializable;

/** A type named in a method's signature or body (as written, no type arguments). */
public record TypeUseFact(String type, int line) implements Serializable {

    public TypeUseFact {
        type = Names.canonical(type);
    }
}
