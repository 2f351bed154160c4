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

    /** A method call whose receiver type (or declaring type, for static calls) and name match. */
    record Call(NamePattern type, NamePattern name, Boolean inLoop) implements Match {
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

    /** The method itself: its name, modifiers, parameter count. */
    record Method(NamePattern name, Set<String> modifiers, Integer params) implements Match {
    }

    /** A structural fact the analyzer extracts, such as {@code unbounded-loop} or {@code native-method}. */
    record Fact(String fact) implements Match {
        public static final Set<String> KNOWN = Set.of("unbounded-loop", "native-method", "synchronized",
                "static-mutable-field");
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
