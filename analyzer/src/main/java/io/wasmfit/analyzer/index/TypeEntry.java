package io.wasmfit.analyzer.index;

import io.wasmfit.analyzer.facts.FileFacts;
import io.wasmfit.analyzer.facts.TypeFacts;

/** A repository type together with the file it is declared in (whose imports give names meaning). */
public record TypeEntry(TypeFacts type, FileFacts file) {

    public String fqn() {
        return type.fqn();
    }
}
