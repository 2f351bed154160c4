package io.wasmfit.generator.java;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

import io.wasmfit.generator.Finding;

/**
 * Does at generation time what the DI container did at startup: the candidate's object and its
 * collaborators become plain constructor calls ({@code new PriceController(new PriceTable())}),
 * field injection becomes a field initializer. Collaborators that cannot move (an interface
 * without an implementation in the closure, a type from a library) are passed as null and
 * reported, never dropped silently.
 */
final class Wiring {

    private final ClosureSources sources;
    private final Map<String, TypeDeclaration<?>> sliced;
    private final List<Finding> findings;

    Wiring(ClosureSources sources, Map<String, TypeDeclaration<?>> sliced, List<Finding> findings) {
        this.sources = sources;
        this.sliced = sliced;
        this.findings = findings;
    }

    /** Java source of an expression that builds {@code fqn} with its collaborators. */
    String construct(String fqn) {
        return construct(fqn, new HashSet<>(), "the satellite");
    }

    private String construct(String fqn, Set<String> building, String forWhom) {
        TypeDeclaration<?> decl = sliced.get(fqn);
        if (decl == null) {
            Optional<TypeDeclaration<?>> original = sources.declaration(fqn);
            if (original.isEmpty()) {
                findings.add(new Finding(Finding.Kind.REPLACED, "collaborator " + simple(fqn) + " of " + forWhom
                        + " comes from a library and cannot move: the satellite passes null; give it a Spin-backed implementation",
                        null, 0));
                return "null";
            }
            decl = original.get();
        }
        if (!building.add(fqn)) {
            findings.add(new Finding(Finding.Kind.TODO, "collaborators of " + simple(fqn) + " depend on each other in a cycle: passed null",
                    sources.fileOf(fqn), 0));
            return "null";
        }
        try {
            if (decl instanceof ClassOrInterfaceDeclaration c && (c.isInterface() || c.isAbstract())) {
                List<String> impls = sources.index().allSubtypes(fqn).stream()
                        .filter(s -> sources.declaration(s).map(d -> d instanceof ClassOrInterfaceDeclaration k
                                && !k.isInterface() && !k.isAbstract()).orElse(false))
                        .collect(Collectors.toList());
                if (impls.size() == 1) {
                    return construct(impls.get(0), building, forWhom);
                }
                String external = c.getExtendedTypes().stream().map(ClassOrInterfaceType::getNameAsString)
                        .collect(Collectors.joining(", "));
                findings.add(new Finding(Finding.Kind.REPLACED, simple(fqn) + (external.isEmpty() ? "" : " (a " + external + ")")
                        + " has no implementation that can move into the satellite: " + forWhom + " gets null; implement it on a "
                        + "Spin API (key-value, SQLite, outbound HTTP, Redis) — see the README", sources.fileOf(fqn), Slicer.line(c)));
                return "null";
            }
            ConstructorDeclaration ctor = constructorOf(decl);
            if (ctor == null) {
                return "new " + fqn + "()";
            }
            List<String> args = new ArrayList<>();
            ctor.getParameters().forEach(p -> {
                TypeRef t = sources.resolve(p.getType(), fqn);
                args.add(t.isPrimitive() ? defaultOf(t) : construct(t.name(), building, simple(fqn)));
            });
            return "new " + fqn + "(" + String.join(", ", args) + ")";
        } finally {
            building.remove(fqn);
        }
    }

    /** The constructor the container would call: the only one, the annotated one, else the no-arg one. */
    private static ConstructorDeclaration constructorOf(TypeDeclaration<?> decl) {
        List<ConstructorDeclaration> ctors = decl.getConstructors();
        if (ctors.isEmpty()) {
            return null;
        }
        if (ctors.size() == 1) {
            return ctors.get(0);
        }
        return ctors.stream().filter(c -> c.getAnnotations().stream().anyMatch(a -> Slicer.INJECTION.contains(a.getNameAsString())))
                .findFirst().orElse(ctors.stream().filter(c -> c.getParameters().isEmpty()).findFirst().orElse(ctors.get(0)));
    }

    /** {@code @Autowired private X x;} becomes {@code private X x = new X(...);}. */
    void wireInjectedFields(TypeDeclaration<?> t, String file) {
        String owner = t.getFullyQualifiedName().orElse("");
        for (FieldDeclaration f : t.getFields()) {
            boolean injected = f.getAnnotations().stream().anyMatch(a -> Slicer.INJECTION.contains(a.getNameAsString())
                    && !a.getNameAsString().equals("Value"));
            if (!injected || f.isStatic()) {
                continue;
            }
            for (VariableDeclarator v : f.getVariables()) {
                if (v.getInitializer().isEmpty()) {
                    TypeRef type = sources.resolve(v.getType(), owner);
                    v.setInitializer(StaticJavaParser.parseExpression(construct(type.name(), new HashSet<>(), simple(owner))));
                }
            }
            if (f.getAnnotations().stream().anyMatch(a -> a.getNameAsString().equals("Value"))) {
                findings.add(new Finding(Finding.Kind.TODO, "@Value configuration of " + simple(owner)
                        + " is not read in the satellite; set it from the component's environment", file, Slicer.line(f)));
            }
        }
    }

    private static String defaultOf(TypeRef t) {
        return t.name().equals("boolean") ? "false" : "0";
    }

    private static String simple(String fqn) {
        return fqn.substring(fqn.lastIndexOf('.') + 1);
    }
}
