package io.wasmfit.generator.java;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.type.Type;

/**
 * Where the sliced closure calls a collaborator: method calls and method references on a field,
 * parameter or local variable declared with the collaborator's type. What the closure calls is
 * all the interface that replaces the collaborator needs.
 */
final class CollaboratorCalls {

    /** One call: the method, its argument count (-1 for a method reference), where in the original sources. */
    record Call(String method, int args, String file, int line) {
    }

    private CollaboratorCalls() {
    }

    /**
     * @param cut      the sliced files (path relative to the root → tree)
     * @param replaced the collaborators replaced by stubs: their own files do not count
     */
    static List<Call> of(ClosureSources sources, String fqn, Map<String, CompilationUnit> cut, Set<String> replaced) {
        List<Call> out = new ArrayList<>();
        cut.forEach((file, cu) -> {
            boolean stubbed = cu.getTypes().stream().anyMatch(t -> t.getFullyQualifiedName().map(replaced::contains).orElse(false));
            if (stubbed) {
                return;
            }
            for (MethodCallExpr call : cu.findAll(MethodCallExpr.class)) {
                if (call.getScope().isPresent() && isOfType(sources, call.getScope().get(), fqn)) {
                    out.add(new Call(call.getNameAsString(), call.getArguments().size(), file, Slicer.line(call)));
                }
            }
            for (MethodReferenceExpr ref : cu.findAll(MethodReferenceExpr.class)) {
                if (isOfType(sources, ref.getScope(), fqn)) {
                    out.add(new Call(ref.getIdentifier(), -1, file, Slicer.line(ref)));
                }
            }
        });
        return out;
    }

    private static boolean isOfType(ClosureSources sources, Expression scope, String fqn) {
        String name;
        if (scope instanceof NameExpr n) {
            name = n.getNameAsString();
        } else if (scope instanceof FieldAccessExpr f && f.getScope().isThisExpr()) {
            name = f.getNameAsString();
        } else {
            return false;
        }
        return declaredType(name, scope).map(t -> sources.resolve(t, ClosureSources.enclosingType(scope)).name().equals(fqn))
                .orElse(false);
    }

    /** The declared type of a variable named {@code name} seen from {@code at}: local, parameter, then field, innermost first. */
    private static Optional<Type> declaredType(String name, Node at) {
        for (Node n = at.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof LambdaExpr l) {
                Optional<Parameter> p = l.getParameters().stream().filter(x -> x.getNameAsString().equals(name)).findFirst();
                if (p.isPresent()) {
                    return p.get().getType().isUnknownType() ? Optional.empty() : Optional.of(p.get().getType());
                }
            }
            if (n instanceof CallableDeclaration<?> c) {
                for (VariableDeclarator v : c.findAll(VariableDeclarator.class)) {
                    if (v.getNameAsString().equals(name) && v.getParentNode().filter(p -> p instanceof VariableDeclarationExpr).isPresent()) {
                        return Optional.of(v.getType());
                    }
                }
                Optional<Parameter> p = c.getParameterByName(name);
                if (p.isPresent()) {
                    return Optional.of(p.get().getType());
                }
            }
            if (n instanceof TypeDeclaration<?> t) {
                Optional<FieldDeclaration> f = t.getFieldByName(name);
                if (f.isPresent()) {
                    return f.get().getVariables().stream().filter(v -> v.getNameAsString().equals(name)).findFirst()
                            .map(VariableDeclarator::getType);
                }
            }
        }
        return Optional.empty();
    }
}
