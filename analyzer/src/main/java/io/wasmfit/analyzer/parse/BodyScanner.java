package io.wasmfit.analyzer.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.visitor.VoidVisitorAdapter;

import io.wasmfit.analyzer.facts.AnnotationFact;
import io.wasmfit.analyzer.facts.CallFact;
import io.wasmfit.analyzer.facts.MethodFacts;
import io.wasmfit.analyzer.facts.NewFact;
import io.wasmfit.analyzer.facts.ParamFact;
import io.wasmfit.analyzer.facts.Receiver;
import io.wasmfit.analyzer.facts.TypeUseFact;

/**
 * Walks one method body once and records what it does: calls with what is known of their
 * receivers, constructions, types used, loops. Local variables are tracked so that a call on a
 * local is told apart from a call on a field or a static call.
 */
final class BodyScanner extends VoidVisitorAdapter<Void> {

    /** Calls that run a lambda once per element: their lambda bodies count as loop bodies. */
    private static final Set<String> ITERATING = Set.of("forEach", "forEachOrdered", "map", "flatMap", "filter",
            "peek", "anyMatch", "allMatch", "noneMatch", "forEachRemaining", "replaceAll", "computeIfAbsent");

    private final List<CallFact> calls = new ArrayList<>();
    private final Map<MethodCallExpr, Integer> callIndex = new IdentityHashMap<>();
    private final List<NewFact> news = new ArrayList<>();
    private final List<TypeUseFact> typeUses = new ArrayList<>();
    private final List<Integer> unboundedLoops = new ArrayList<>();
    /** Local name → declared type, or null when the type is not written (lambda parameters, var). */
    private final Map<String, String> locals = new HashMap<>();
    private int loopDepth;

    void declare(String name, String type) {
        locals.put(name, type);
    }

    MethodFacts toMethod(String name, List<ParamFact> params, String returnType, Set<String> modifiers,
                         List<AnnotationFact> annotations, int line, int nameLine, int endLine) {
        return new MethodFacts(name, params, returnType, modifiers, annotations, line, nameLine, endLine, calls, news,
                typeUses, unboundedLoops);
    }

    @Override
    public void visit(Parameter n, Void arg) {
        locals.put(n.getNameAsString(), n.getType().isUnknownType() || n.getType().isVarType()
                ? null : FactExtractor.typeName(n.getType()));
        super.visit(n, arg);
    }

    @Override
    public void visit(VariableDeclarator n, Void arg) {
        String type = null;
        if (n.getType().isVarType()) {
            if (n.getInitializer().isPresent() && n.getInitializer().get() instanceof ObjectCreationExpr oce) {
                type = oce.getType().getNameWithScope();
            }
        } else {
            type = FactExtractor.typeName(n.getType());
        }
        locals.put(n.getNameAsString(), type);
        super.visit(n, arg);
    }

    @Override
    public void visit(TypePatternExpr n, Void arg) {
        locals.put(n.getNameAsString(), FactExtractor.typeName(n.getType()));
        super.visit(n, arg);
    }

    @Override
    public void visit(ClassOrInterfaceType n, Void arg) {
        typeUses.add(new TypeUseFact(n.getNameWithScope(), FactExtractor.line(n)));
        n.getTypeArguments().ifPresent(args -> args.forEach(t -> t.accept(this, arg)));
    }

    @Override
    public void visit(WhileStmt n, Void arg) {
        if (isAlwaysTrue(n.getCondition())) {
            unboundedLoops.add(FactExtractor.line(n));
        }
        n.getCondition().accept(this, arg);
        inLoop(() -> n.getBody().accept(this, arg));
    }

    @Override
    public void visit(DoStmt n, Void arg) {
        if (isAlwaysTrue(n.getCondition())) {
            unboundedLoops.add(FactExtractor.line(n));
        }
        inLoop(() -> n.getBody().accept(this, arg));
        n.getCondition().accept(this, arg);
    }

    @Override
    public void visit(ForStmt n, Void arg) {
        if (n.getCompare().isEmpty() || isAlwaysTrue(n.getCompare().get())) {
            unboundedLoops.add(FactExtractor.line(n));
        }
        n.getInitialization().forEach(e -> e.accept(this, arg));
        n.getCompare().ifPresent(e -> e.accept(this, arg));
        inLoop(() -> {
            n.getUpdate().forEach(e -> e.accept(this, arg));
            n.getBody().accept(this, arg);
        });
    }

    @Override
    public void visit(ForEachStmt n, Void arg) {
        n.getVariable().accept(this, arg);
        n.getIterable().accept(this, arg);
        inLoop(() -> n.getBody().accept(this, arg));
    }

    @Override
    public void visit(MethodCallExpr n, Void arg) {
        n.getScope().ifPresent(s -> s.accept(this, arg));
        boolean iterating = ITERATING.contains(n.getNameAsString());
        for (Expression a : n.getArguments()) {
            if (iterating && (a instanceof LambdaExpr || a instanceof MethodReferenceExpr)) {
                inLoop(() -> a.accept(this, arg));
            } else {
                a.accept(this, arg);
            }
        }
        Receiver receiver = n.getScope().map(this::receiver).orElse(new Receiver.Implicit());
        record(n, new CallFact(n.getNameAsString(), receiver, n.getArguments().size(), nameLine(n), loopDepth > 0));
    }

    @Override
    public void visit(MethodReferenceExpr n, Void arg) {
        Expression scope = n.getScope();
        if ("new".equals(n.getIdentifier())) {
            if (scope instanceof TypeExpr t) {
                news.add(new NewFact(FactExtractor.typeName(t.getType()), -1, FactExtractor.line(n), loopDepth > 0));
                t.getType().accept(this, arg);
            }
            return;
        }
        Receiver receiver = scope instanceof TypeExpr t ? new Receiver.Name(FactExtractor.typeName(t.getType())) : receiver(scope);
        if (!(scope instanceof TypeExpr)) {
            scope.accept(this, arg);
        }
        calls.add(new CallFact(n.getIdentifier(), receiver, -1, FactExtractor.line(n), loopDepth > 0));
    }

    @Override
    public void visit(ObjectCreationExpr n, Void arg) {
        news.add(new NewFact(n.getType().getNameWithScope(), n.getArguments().size(), FactExtractor.line(n), loopDepth > 0));
        super.visit(n, arg);
    }

    @Override
    public void visit(ExplicitConstructorInvocationStmt n, Void arg) {
        super.visit(n, arg);
        calls.add(new CallFact(MethodFacts.CONSTRUCTOR, n.isThis() ? new Receiver.This() : new Receiver.Super(),
                n.getArguments().size(), FactExtractor.line(n), loopDepth > 0));
    }

    private void record(MethodCallExpr node, CallFact fact) {
        callIndex.put(node, calls.size());
        calls.add(fact);
    }

    private Receiver receiver(Expression scope) {
        Expression e = scope;
        while (e instanceof EnclosedExpr en) {
            e = en.getInner();
        }
        if (e instanceof ThisExpr) {
            return new Receiver.This();
        }
        if (e instanceof SuperExpr) {
            return new Receiver.Super();
        }
        if (e instanceof NameExpr name) {
            String id = name.getNameAsString();
            if (locals.containsKey(id)) {
                String type = locals.get(id);
                return type == null ? new Receiver.Unknown() : new Receiver.Typed(type);
            }
            return new Receiver.Name(id);
        }
        if (e instanceof FieldAccessExpr fa) {
            if (fa.getScope() instanceof ThisExpr) {
                return new Receiver.Field(fa.getNameAsString());
            }
            return qualifiedName(fa) != null && !locals.containsKey(firstSegment(fa))
                    ? new Receiver.Name(qualifiedName(fa)) : new Receiver.Unknown();
        }
        if (e instanceof MethodCallExpr call) {
            Integer index = callIndex.get(call);
            return index == null ? new Receiver.Unknown() : new Receiver.Chain(index);
        }
        if (e instanceof ObjectCreationExpr oce) {
            return new Receiver.Typed(oce.getType().getNameWithScope());
        }
        if (e instanceof CastExpr cast && cast.getType() instanceof ClassOrInterfaceType t) {
            return new Receiver.Typed(t.getNameWithScope());
        }
        if (e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr) {
            return new Receiver.Typed("String");
        }
        if (e instanceof ClassExpr) {
            return new Receiver.Typed("Class");
        }
        if (e instanceof TypeExpr t) {
            return new Receiver.Name(FactExtractor.typeName(t.getType()));
        }
        return new Receiver.Unknown();
    }

    /** {@code a.b.c} when the expression is only names, else null. */
    private static String qualifiedName(Expression e) {
        if (e instanceof NameExpr n) {
            return n.getNameAsString();
        }
        if (e instanceof FieldAccessExpr fa) {
            String scope = qualifiedName(fa.getScope());
            return scope == null ? null : scope + "." + fa.getNameAsString();
        }
        return null;
    }

    private static String firstSegment(FieldAccessExpr fa) {
        Expression e = fa;
        while (e instanceof FieldAccessExpr f) {
            e = f.getScope();
        }
        return e instanceof NameExpr n ? n.getNameAsString() : "";
    }

    private static boolean isAlwaysTrue(Expression condition) {
        Expression e = condition;
        while (e instanceof EnclosedExpr en) {
            e = en.getInner();
        }
        return e instanceof BooleanLiteralExpr b && b.getValue();
    }

    private static int nameLine(MethodCallExpr n) {
        return n.getName().getBegin().map(p -> p.line).orElse(FactExtractor.line(n));
    }

    private void inLoop(Runnable body) {
        loopDepth++;
        try {
            body.run();
        } finally {
            loopDepth--;
        }
    }
}
