package io.wasmfit.generator.java;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.TypeParameter;

/**
 * The signature of a method the closure calls on a collaborator, written for the interface that
 * replaces it: declared in the collaborator, else in its repository supertypes, else inherited
 * from a library supertype ({@link InheritedMethods}) with the type arguments the collaborator
 * gives it, so that {@code findById} on a {@code JpaRepository<Product, Long>} reads
 * {@code Optional<Product> findById(Long id)}.
 */
final class CalledSignatures {

    /** One method of the interface, written: "Optional<Product> findById(Long id)". */
    record Signature(String text, String name) {
    }

    private final ClosureSources sources;
    private final TypeText types;

    CalledSignatures(ClosureSources sources, TypeText types) {
        this.sources = sources;
        this.types = types;
    }

    /** The signatures of {@code method} with {@code args} arguments (-1: any) on {@code owner}; empty when none is known. */
    List<Signature> of(ClassOrInterfaceDeclaration owner, String ownerFqn, String method, int args, Set<String> typeVars) {
        return signatures(owner, ownerFqn, method, args, typeVars, new HashSet<>());
    }

    private List<Signature> signatures(ClassOrInterfaceDeclaration owner, String ownerFqn, String method, int args,
                                       Set<String> typeVars, Set<String> visited) {
        if (!visited.add(ownerFqn)) {
            return List.of();
        }
        List<Signature> out = new ArrayList<>();
        for (MethodDeclaration m : owner.getMethodsByName(method)) {
            if (!m.isPrivate() && !m.isStatic() && arity(m, args)) {
                out.add(signature(m, ownerFqn, Map.of(), typeVars));
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        List<ClassOrInterfaceType> supertypes = new ArrayList<>(owner.getExtendedTypes());
        supertypes.addAll(owner.getImplementedTypes());
        for (ClassOrInterfaceType s : supertypes) {
            String name = sources.resolve(s, ownerFqn).name();
            Optional<TypeDeclaration<?>> local = sources.index().isLocal(name) ? sources.declaration(name) : Optional.empty();
            if (local.isPresent() && local.get() instanceof ClassOrInterfaceDeclaration c) {
                out.addAll(signatures(c, name, method, args, typeVars(c), visited));
            } else {
                out.addAll(inherited(name, arguments(s, ownerFqn, Map.of(), typeVars), method, args, visited));
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return out;
    }

    private List<Signature> inherited(String library, List<String> arguments, String method, int args, Set<String> visited) {
        Optional<InheritedMethods.Supertype> known = InheritedMethods.of(library);
        if (known.isEmpty() || !visited.add(library)) {
            return List.of();
        }
        InheritedMethods.Supertype s = known.get();
        Map<String, String> bindings = new LinkedHashMap<>();
        for (int i = 0; i < s.typeParameters().size(); i++) {
            bindings.put(s.typeParameters().get(i), i < arguments.size() ? arguments.get(i) : "Object");
        }
        List<Signature> out = new ArrayList<>();
        for (MethodDeclaration m : s.methods()) {
            if (m.getNameAsString().equals(method) && arity(m, args)) {
                out.add(signature(m, null, bindings, Set.of()));
            }
        }
        for (ClassOrInterfaceType parent : s.supertypes()) {
            if (!out.isEmpty()) {
                break;
            }
            out.addAll(inherited(parent.getNameWithScope(), arguments(parent, null, bindings, Set.of()), method, args, visited));
        }
        return out;
    }

    private List<String> arguments(ClassOrInterfaceType t, String context, Map<String, String> bindings, Set<String> typeVars) {
        return t.getTypeArguments().map(args -> args.stream().map(a -> types.render(a, context, bindings, typeVars)).toList())
                .orElse(List.of());
    }

    private static boolean arity(MethodDeclaration m, int args) {
        int n = m.getParameters().size();
        return args < 0 || n == args || n > 0 && m.getParameter(n - 1).isVarArgs() && args >= n - 1;
    }

    private static Set<String> typeVars(ClassOrInterfaceDeclaration c) {
        return c.getTypeParameters().stream().map(TypeParameter::getNameAsString).collect(Collectors.toSet());
    }

    private Signature signature(MethodDeclaration m, String context, Map<String, String> bindings, Set<String> ownerTypeVars) {
        Set<String> vars = new HashSet<>(ownerTypeVars);
        m.getTypeParameters().forEach(tp -> vars.add(tp.getNameAsString()));
        String typeParams = typeParameters(m.getTypeParameters(), context, types, bindings, vars);
        String returnType = types.render(m.getType(), context, bindings, vars);
        String params = m.getParameters().stream().map(p -> types.render(p.getType(), context, bindings, vars)
                + (p.isVarArgs() ? "..." : "") + " " + p.getNameAsString()).collect(Collectors.joining(", "));
        String thrown = m.getThrownExceptions().isEmpty() ? "" : " throws " + m.getThrownExceptions().stream()
                .map(t -> types.render(t, context, bindings, vars)).collect(Collectors.joining(", "));
        String text = (typeParams.isEmpty() ? "" : typeParams + " ") + returnType + " " + m.getNameAsString() + "(" + params + ")" + thrown;
        return new Signature(text, m.getNameAsString());
    }

    static String typeParameters(List<TypeParameter> params, String context, TypeText types, Map<String, String> bindings,
                                 Set<String> vars) {
        if (params.isEmpty()) {
            return "";
        }
        return params.stream().map(tp -> tp.getNameAsString() + (tp.getTypeBound().isEmpty() ? "" : " extends "
                + tp.getTypeBound().stream().map(b -> types.render(b, context, bindings, vars)).collect(Collectors.joining(" & "))))
                .collect(Collectors.joining(", ", "<", ">"));
    }
}
