package io.wasmfit.analyzer.facts;

import java.io.Serializable;

/** What a call is made on, as far as one file can tell; the repository index resolves the rest. */
public sealed interface Receiver extends Serializable {

    /** An unqualified call {@code foo()}: this class, its supertypes, outer classes, static imports. */
    record Implicit() implements Receiver {
    }

    record This() implements Receiver {
    }

    record Super() implements Receiver {
    }

    /** A local variable or parameter with this declared type (as written, no type arguments). */
    record Typed(String type) implements Receiver {
        public Typed {
            type = Names.canonical(type);
        }
    }

    /** A name that is not a local: a field (of this class or inherited), or a type for a static call. */
    record Name(String name) implements Receiver {
        public Name {
            name = Names.canonical(name);
        }
    }

    /** {@code this.name}: a field. */
    record Field(String name) implements Receiver {
        public Field {
            name = Names.canonical(name);
        }
    }

    /** The result of another call of the same method: index into its calls. */
    record Chain(int callIndex) implements Receiver {
    }

    /** Nothing useful is known (a lambda parameter, an array element...). */
    record Unknown() implements Receiver {
    }
}
