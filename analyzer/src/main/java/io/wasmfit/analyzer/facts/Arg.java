package io.wasmfit.analyzer.facts;

import java.io.Serializable;

/**
 * What one argument of a call is, as far as registration rules care: a constant (a route, a topic,
 * a time unit), or code handed over to run later (a lambda, a method reference, an anonymous
 * class), or the result of another call. Indexes point into the calls of the same method.
 */
public sealed interface Arg extends Serializable {

    /** A literal, a constant or enum name, a class literal, or a concatenation of those. */
    record Value(ValueExpr value) implements Arg {
    }

    /** A lambda, extracted as the synthetic method {@code method} of the same type (see {@link MethodFacts#isLambda()}). */
    record Lambda(String method) implements Arg {
    }

    /** A method reference {@code x::m}: the index of the call fact recorded for it. */
    record Reference(int call) implements Arg {
    }

    /** An anonymous class {@code new T() {...}}: the name of the type extracted for it ({@code com.acme.Outer$1}). */
    record AnonymousClass(String type) implements Arg {
    }

    /** {@code new T(...)} without a class body: the type as written. */
    record Construction(String type) implements Arg {
        public Construction {
            type = Names.canonical(type);
        }
    }

    /** The value returned by another call, such as {@code GET("/x")} in {@code route(GET("/x"), h)}. */
    record Result(int call) implements Arg {
    }

    /** Anything else: a variable, an expression. */
    record Other() implements Arg {
        public static final Other INSTANCE = new Other();
    }
}
