package io.wasmfit.analyzer.facts;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * A class, interface, enum, record or annotation type declared in the repository (member types
 * included, each as its own entry).
 *
 * @param fqn         canonical name: {@code com.acme.Outer.Inner}
 * @param supertypes  extended and implemented types as written, without type arguments
 * @param initializer calls and constructions of field initializers and initializer blocks, as a
 *                    pseudo-method; reached whenever the type is
 */
public record TypeFacts(String fqn, String name, TypeKind kind, Set<String> modifiers, int line, int endLine,
                        List<String> supertypes, List<AnnotationFact> annotations, List<FieldFact> fields,
                        List<MethodFacts> methods, MethodFacts initializer, String outerFqn)
        implements Serializable {

    public TypeFacts {
        modifiers = Set.copyOf(modifiers);
        supertypes = List.copyOf(supertypes);
        annotations = List.copyOf(annotations);
        fields = List.copyOf(fields);
        methods = List.copyOf(methods);
    }

    public boolean isInterfaceLike() {
        return kind == TypeKind.INTERFACE || kind == TypeKind.ANNOTATION || modifiers.contains("abstract");
    }

    public enum TypeKind { CLASS, INTERFACE, ENUM, RECORD, ANNOTATION }
}
