package io.wasmfit.analyzer.facts;

import java.io.Serializable;
import java.util.List;

/** The value of an annotation attribute or constant, kept symbolic until the repository index can resolve it. */
public sealed interface ValueExpr extends Serializable {

    /** A string, number, boolean or character literal, as its value. */
    record Literal(String value) implements ValueExpr {
    }

    /** A name such as {@code Topics.ORDERS} or {@code RequestMethod.POST}: a constant or an enum constant. */
    record Ref(String name) implements ValueExpr {
        public Ref {
            name = Names.canonical(name);
        }
    }

    /** {@code Foo.class}. */
    record ClassLiteral(String type) implements ValueExpr {
        public ClassLiteral {
            type = Names.canonical(type);
        }
    }

    /** {@code a + b} of strings. */
    record Concat(List<ValueExpr> parts) implements ValueExpr {
        public Concat {
            parts = List.copyOf(parts);
        }
    }

    /** {@code {a, b}}. */
    record Array(List<ValueExpr> items) implements ValueExpr {
        public Array {
            items = List.copyOf(items);
        }
    }

    /** Anything else, as source text. */
    record Other(String text) implements ValueExpr {
    }
}
