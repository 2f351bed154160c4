package io.wasmfit.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a rule looks for. Entry-point rules are matched against every method of the repository;
 * signal rules against every method of a candidate's closure. Each kind names the fact it wants.
 */
public sealed interface Match {

    /** Where an annotation must sit, relative to the method being matched. */
    enum Target { METHOD, CLASS, PARAMETER }

    /**
     * An annotation on the method, its class or one of its parameters. {@code capture} copies
     * attribute values into variables (the first attribute present wins); {@code attributes}
     * requires attribute values to match.
     */
    record Annotation(NamePattern name, Target on, Map<String, List<String>> capture,
                      Map<String, NamePattern> attributes) implements Match {
    }

    /**
     * A method call whose receiver type (or declaring type, for static calls) and name match.
     *
     * @param capture copies arguments (or, with {@link Argument#NAME}, the method's name) into variables
     * @param handler makes the call a <em>registration</em>: the first of these arguments that is code
     *                (a lambda, a method reference, an anonymous class, {@code new Handler()}) is
     *                what runs on the event, and becomes the entry point instead of the method
     *                holding the call; empty for a plain call
     * @param via     a call the receiver comes from, anywhere up a chain ({@code router.get("/x").handler(h)})
     * @param args    calls that arguments must be ({@code route(GET("/x"), h)}), by position
     */
    record Call(NamePattern type, NamePattern name, Boolean inLoop, Map<String, Argument> capture,
                List<Argument> handler, Call via, Map<Integer, Call> args) implements Match {

        public Call {
            capture = Map.copyOf(capture);
            handler = List.copyOf(handler);
            args = Map.copyOf(args);
        }

        public Call(NamePattern type, NamePattern name, Boolean inLoop) {
            this(type, name, inLoop, Map.of(), List.of(), null, Map.of());
        }

        public boolean registers() {
            return !handler.isEmpty();
        }

        /** An argument by position ({@code -1}: the last one), or the called method's own name. */
        public record Argument(int index) {
            public static final Argument NAME = new Argument(Integer.MIN_VALUE);
            public static final Argument LAST = new Argument(-1);

            @Override
            public String toString() {
                return this.equals(NAME) ? "@name" : this.equals(LAST) ? "last" : String.valueOf(index);
            }
        }
    }

    /** A constructor call {@code new T(...)}, anonymous subclasses included. */
    record New(NamePattern type) implements Match {
    }

    /** A type used by the method (signature, body) or imported by its file. */
    record TypeUse(NamePattern type) implements Match {
    }

    /** The class of the method extends or implements the type, directly or through repository types. */
    record Supertype(NamePattern type) implements Match {
    }

    /** The method itself: its name, modifiers, parameter count, resolved return type. */
    record Method(NamePattern name, Set<String> modifiers, Integer params, NamePattern returns) implements Match {

        public Method {
            modifiers = Set.copyOf(modifiers);
        }

        public Method(NamePattern name, Set<String> modifiers, Integer params) {
            this(name, modifiers, params, null);
        }
    }

    /** A type or package imported by the method's file ({@code import a.b.C;} is {@code a.b.C}, {@code import a.b.*;} is {@code a.b.*}). */
    record Import(NamePattern name) implements Match {
    }

    /**
     * A regular expression found in source text: in the method's own lines, or, when {@code files}
     * is given and does not match the method's file, anywhere in the workspace's build and
     * configuration files whose path matches {@code files}.
     */
    record Text(java.util.regex.Pattern pattern, java.util.regex.Pattern files) implements Match {

        @Override
        public boolean equals(Object o) {
            return o instanceof Text t && t.pattern.pattern().equals(pattern.pattern())
                    && (t.files == null ? files == null : files != null && t.files.pattern().equals(files.pattern()));
        }

        @Override
        public int hashCode() {
            return pattern.pattern().hashCode() * 31 + (files == null ? 0 : files.pattern().hashCode());
        }

        @Override
        public String toString() {
            return "Text[pattern=" + pattern.pattern() + ", files=" + (files == null ? null : files.pattern()) + "]";
        }
    }

    /**
     * A structural fact the analyzer extracts: {@code unbounded-loop}, {@code native-method},
     * {@code synchronized}, {@code static-mutable-field} (a static field that is not final or holds
     * a new collection), {@code static-state-write} and {@code instance-state-write} (the method
     * changes a collection, map or counter held in a static or an instance field).
     */
    record Fact(String fact) implements Match {
        public static final Set<String> KNOWN = Set.of("unbounded-loop", "native-method", "synchronized",
                "static-mutable-field", "static-state-write", "instance-state-write");
    }

    /** A build dependency ({@code group:artifact}) declared in the workspace's pom.xml or Gradle files. */
    record Dependency(NamePattern coordinates) implements Match {
    }

    record All(List<Match> matches) implements Match {
    }

    record Any(List<Match> matches) implements Match {
    }

    record Not(Match match) implements Match {
    }

    /** Always matches; when the inner match holds, its captures are kept. */
    record Optional(Match match) implements Match {
    }
}
