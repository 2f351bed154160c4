package io.wasmfit.analyzer.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
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
import com.github.javaparser.ast.type.Type;

import io.wasmfit.analyzer.facts.AnnotationFact;
import io.wasmfit.analyzer.facts.Arg;
import io.wasmfit.analyzer.facts.CallFact;
import io.wasmfit.analyzer.facts.MethodFacts;
import io.wasmfit.analyzer.facts.NewFact;
import io.wasmfit.analyzer.facts.ParamFact;
import io.wasmfit.analyzer.facts.Receiver;
import io.wasmfit.analyzer.facts.TypeUseFact;
import io.wasmfit.analyzer.facts.ValueExpr;

/**
 * Walks one method body once and records what it does: calls with what is known of their
 * receivers and arguments, constructions, types used, loops. Local variables are tracked so that a
 * call on a local is told apart from a call on a field or a static call.
 *
 * <p>A lambda's body counts for its enclosing method (it may run when the method runs) and is
 * also recorded as a synthetic method of its own, so that a lambda registered as a handler
 * ({@code app.get("/x", ctx -> ...)}) can be an entry point with its own closure. Both are filled
 * in the same walk: every fact goes to each open {@link Frame}. Anonymous classes are left to
 * {@link FactExtractor}, which extracts them as types.
 */
final class BodyScanner {

    /** Calls that run a lambda once per element: their lambda bodies count as loop bodies. */
    private static final Set<String> ITERATING = Set.of("forEach", "forEachOrdered", "map", "flatMap", "filter",
            "peek", "anyMatch", "allMatch", "noneMatch", "forEachRemaining", "replaceAll", "computeIfAbsent");

    /** The facts of the method or of one lambda inside it. */
    private static final class Frame {
        final String name;
        final List<ParamFact> params;
        final int line;
        final int endLine;
        final int loopBase;
        final List<CallFact> calls = new ArrayList<>();
        final Map<Node, Integer> callIndex = new IdentityHashMap<>();
        final List<NewFact> news = new ArrayList<>();
        final List<TypeUseFact> typeUses = new ArrayList<>();
        final List<Integer> unboundedLoops = new ArrayList<>();

        Frame(String name, List<ParamFact> params, int line, int endLine, int loopBase) {
            this.name = name;
            this.params = params;
            this.line = line;
            this.endLine = endLine;
            this.loopBase = loopBase;
        }
    }

    /** A receiver, or the call whose result is the receiver (an index only each frame knows). */
    private record Target(Receiver receiver, Node chain) {
    }

    /** An argument, or the call or method reference it is (an index only each frame knows). */
    private record PendingArg(Arg arg, Node call) {
    }

    private final TypeScope scope;
    private final String signature;
    private final List<Frame> frames = new ArrayList<>();
    /** Local name → declared type, or null when the type is not written (lambda parameters, var). */
    private final Map<String, String> locals = new HashMap<>();
    /** {@code var x = call()}: calls on x are calls on that call's result. */
    private final Map<String, MethodCallExpr> localCalls = new HashMap<>();
    private final Map<LambdaExpr, String> lambdaNames = new IdentityHashMap<>();
    private final Set<LambdaExpr> iteratingLambdas = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<ObjectCreationExpr, String> anonymousNames = new IdentityHashMap<>();
    private int loopDepth;
    private int lambdas;
    /** Inside an anonymous class body: its lambdas and classes belong to the type extracted for it. */
    private int anonymousDepth;

    /**
     * @param scope     the type being extracted (names anonymous classes, collects lambdas)
     * @param signature the enclosing method's signature, which names its lambdas
     */
    BodyScanner(TypeScope scope, String signature) {
        this.scope = scope;
        this.signature = signature;
        frames.add(new Frame(null, List.of(), 0, 0, 0));
    }

    void declare(String name, String type) {
        locals.put(name, type);
    }

    MethodFacts toMethod(String name, List<ParamFact> params, String returnType, Set<String> modifiers,
                         List<AnnotationFact> annotations, int line, int nameLine, int endLine) {
        Frame f = frames.get(0);
        return new MethodFacts(name, params, returnType, modifiers, annotations, line, nameLine, endLine, f.calls, f.news,
                f.typeUses, f.unboundedLoops);
    }

    /** Walks a node and everything under it, children in source order. */
    void scan(Node n) {
        if (n instanceof MethodCallExpr call) {
            call(call);
        } else if (n instanceof ClassOrInterfaceType type) {
            typeUse(type);
        } else if (n instanceof VariableDeclarator variable) {
            variable(variable);
        } else if (n instanceof LambdaExpr lambda) {
            lambda(lambda);
        } else if (n instanceof ObjectCreationExpr creation) {
            creation(creation);
        } else if (n instanceof Parameter p) {
            locals.put(p.getNameAsString(), p.getType().isUnknownType() || FactExtractor.isVar(p.getType())
                    ? null : FactExtractor.typeName(p.getType()));
            children(n);
        } else if (n instanceof TypePatternExpr pattern) {
            locals.put(pattern.getNameAsString(), FactExtractor.typeName(pattern.getType()));
            children(n);
        } else if (n instanceof MethodReferenceExpr reference) {
            reference(reference);
        } else if (n instanceof WhileStmt w) {
            unboundedIf(w.getCondition(), n);
            scan(w.getCondition());
            inLoop(w.getBody());
        } else if (n instanceof DoStmt d) {
            unboundedIf(d.getCondition(), n);
            inLoop(d.getBody());
            scan(d.getCondition());
        } else if (n instanceof ForStmt f) {
            forLoop(f);
        } else if (n instanceof ForEachStmt f) {
            scan(f.getVariable());
            scan(f.getIterable());
            inLoop(f.getBody());
        } else if (n instanceof ExplicitConstructorInvocationStmt e) {
            children(n);
            addCall(n, MethodFacts.CONSTRUCTOR, new Target(e.isThis() ? new Receiver.This() : new Receiver.Super(), null),
                    e.getArguments().size(), FactExtractor.line(n), List.of());
        } else {
            children(n);
        }
    }

    /**
     * Without JavaParser's visitor adapter: it allocates a capturing lambda for every child list
     * and optional child of every node, which costs more than the rest of the walk together when
     * the JIT is C1 only (the launchers' setting, docs/performance.md).
     */
    private void children(Node n) {
        List<Node> children = n.getChildNodes();
        for (int i = 0; i < children.size(); i++) {
            scan(children.get(i));
        }
    }

    private void variable(VariableDeclarator n) {
        String type = null;
        String name = n.getNameAsString();
        localCalls.remove(name);
        if (FactExtractor.isVar(n.getType())) {
            Expression init = n.getInitializer().orElse(null);
            if (init instanceof ObjectCreationExpr oce) {
                type = FactExtractor.typeName(oce.getType());
            } else if (init instanceof MethodCallExpr call) {
                localCalls.put(name, call);
            }
        } else {
            type = FactExtractor.typeName(n.getType());
        }
        locals.put(name, type);
        children(n);
    }

    private void typeUse(ClassOrInterfaceType n) {
        if (FactExtractor.isVar(n)) {
            return;
        }
        TypeUseFact use = new TypeUseFact(FactExtractor.typeName(n), FactExtractor.line(n));
        for (Frame f : frames) {
            f.typeUses.add(use);
        }
        if (n.getTypeArguments().isPresent()) {
            for (Type t : n.getTypeArguments().get()) {
                scan(t);
            }
        }
    }

    /** {@code while (true)} and {@code do ... while (true)}. */
    private void unboundedIf(Expression condition, Node loop) {
        if (isAlwaysTrue(condition)) {
            unboundedLoop(loop);
        }
    }

    private void forLoop(ForStmt n) {
        if (n.getCompare().isEmpty() || isAlwaysTrue(n.getCompare().get())) {
            unboundedLoop(n);
        }
        for (Expression e : n.getInitialization()) {
            scan(e);
        }
        if (n.getCompare().isPresent()) {
            scan(n.getCompare().get());
        }
        loopDepth++;
        try {
            for (Expression e : n.getUpdate()) {
                scan(e);
            }
            scan(n.getBody());
        } finally {
            loopDepth--;
        }
    }

    private void call(MethodCallExpr n) {
        Expression scopeExpr = n.getScope().orElse(null);
        if (scopeExpr != null) {
            scan(scopeExpr);
        }
        boolean iterating = ITERATING.contains(n.getNameAsString());
        for (Expression a : n.getArguments()) {
            if (iterating && (a instanceof LambdaExpr || a instanceof MethodReferenceExpr)) {
                if (a instanceof LambdaExpr lambda) {
                    iteratingLambdas.add(lambda);
                }
                inLoop(a);
            } else {
                scan(a);
            }
        }
        Target target = scopeExpr != null ? receiver(scopeExpr) : new Target(new Receiver.Implicit(), null);
        List<PendingArg> args = new ArrayList<>(n.getArguments().size());
        boolean known = false;
        for (Expression a : n.getArguments()) {
            PendingArg p = argument(a);
            known |= !(p.arg() instanceof Arg.Other) || p.call() != null;
            args.add(p);
        }
        addCall(n, n.getNameAsString(), target, n.getArguments().size(), nameLine(n), known ? args : List.of());
    }

    private void reference(MethodReferenceExpr n) {
        Expression scopeExpr = n.getScope();
        if ("new".equals(n.getIdentifier())) {
            if (scopeExpr instanceof TypeExpr t) {
                String type = FactExtractor.typeName(t.getType());
                int line = FactExtractor.line(n);
                for (Frame f : frames) {
                    f.news.add(new NewFact(type, -1, line, inLoop(f)));
                }
                scan(t.getType());
            }
            return;
        }
        Target target = scopeExpr instanceof TypeExpr t
                ? new Target(new Receiver.Name(FactExtractor.typeName(t.getType())), null) : receiver(scopeExpr);
        if (!(scopeExpr instanceof TypeExpr)) {
            scan(scopeExpr);
        }
        addCall(n, n.getIdentifier(), target, -1, FactExtractor.line(n), List.of());
    }

    private void lambda(LambdaExpr n) {
        if (anonymousDepth > 0 || iteratingLambdas.contains(n)) {
            children(n);
            return;
        }
        String name = MethodFacts.lambdaName(signature, lambdas++);
        lambdaNames.put(n, name);
        List<ParamFact> params = new ArrayList<>();
        for (Parameter p : n.getParameters()) {
            boolean inferred = p.getType().isUnknownType() || FactExtractor.isVar(p.getType());
            params.add(new ParamFact(p.getNameAsString(), inferred ? "" : FactExtractor.typeName(p.getType()),
                    FactExtractor.annotations(p.getAnnotations()), p.isVarArgs()));
        }
        int line = FactExtractor.line(n);
        Frame frame = new Frame(name, params, line, FactExtractor.endLine(n, line), loopDepth);
        frames.add(frame);
        try {
            children(n); // parameters, then the body: calls on a parameter see it as a local
        } finally {
            frames.remove(frames.size() - 1);
        }
        scope.addLambda(new MethodFacts(name, params, null, Set.of(), List.of(), line, line, frame.endLine, frame.calls,
                frame.news, frame.typeUses, frame.unboundedLoops));
    }

    private void creation(ObjectCreationExpr n) {
        int line = FactExtractor.line(n);
        String type = FactExtractor.typeName(n.getType());
        for (Frame f : frames) {
            f.news.add(new NewFact(type, n.getArguments().size(), line, inLoop(f)));
        }
        if (n.getAnonymousClassBody().isPresent() && anonymousDepth == 0) {
            anonymousNames.put(n, scope.nameAnonymous(n));
        }
        if (n.getScope().isPresent()) {
            scan(n.getScope().get());
        }
        scan(n.getType());
        if (n.getTypeArguments().isPresent()) {
            for (Type t : n.getTypeArguments().get()) {
                scan(t);
            }
        }
        for (Expression a : n.getArguments()) {
            scan(a);
        }
        if (n.getAnonymousClassBody().isPresent()) {
            anonymousDepth++;
            try {
                for (BodyDeclaration<?> member : n.getAnonymousClassBody().get()) {
                    scan(member);
                }
            } finally {
                anonymousDepth--;
            }
        }
    }

    /** Records a call in every open frame, with chain and argument indexes as that frame counts them. */
    private void addCall(Node node, String name, Target target, int args, int line, List<PendingArg> arguments) {
        for (Frame f : frames) {
            Receiver receiver = target.receiver();
            if (target.chain() != null) {
                Integer index = f.callIndex.get(target.chain());
                receiver = index == null ? new Receiver.Unknown() : new Receiver.Chain(index);
            }
            List<Arg> resolved = new ArrayList<>(arguments.size());
            for (PendingArg p : arguments) {
                resolved.add(p.call() == null ? p.arg() : callArg(f, p.call()));
            }
            f.callIndex.put(node, f.calls.size());
            f.calls.add(new CallFact(name, receiver, args, line, inLoop(f), resolved));
        }
    }

    private static Arg callArg(Frame f, Node call) {
        Integer index = f.callIndex.get(call);
        if (index == null) {
            return Arg.Other.INSTANCE;
        }
        return call instanceof MethodReferenceExpr ? new Arg.Reference(index) : new Arg.Result(index);
    }

    private PendingArg argument(Expression a) {
        Expression e = unwrap(a);
        if (e instanceof LambdaExpr lambda) {
            String name = lambdaNames.get(lambda);
            return new PendingArg(name == null ? Arg.Other.INSTANCE : new Arg.Lambda(name), null);
        }
        if (e instanceof MethodReferenceExpr ref) {
            return new PendingArg(Arg.Other.INSTANCE, "new".equals(ref.getIdentifier()) ? null : ref);
        }
        if (e instanceof MethodCallExpr call) {
            return new PendingArg(Arg.Other.INSTANCE, call);
        }
        if (e instanceof ObjectCreationExpr oce) {
            if (oce.getAnonymousClassBody().isPresent()) {
                String name = anonymousNames.get(oce);
                return new PendingArg(name == null ? Arg.Other.INSTANCE : new Arg.AnonymousClass(name), null);
            }
            return new PendingArg(new Arg.Construction(FactExtractor.typeName(oce.getType())), null);
        }
        boolean constant = e instanceof LiteralExpr || e instanceof ClassExpr || e instanceof BinaryExpr
                || e instanceof NameExpr n && !locals.containsKey(n.getNameAsString())
                || e instanceof FieldAccessExpr fa && !locals.containsKey(firstSegment(fa));
        if (constant && FactExtractor.isValue(e)) {
            return new PendingArg(new Arg.Value(FactExtractor.value(e)), null);
        }
        return new PendingArg(Arg.Other.INSTANCE, null);
    }

    private Target receiver(Expression scopeExpr) {
        Expression e = unwrapEnclosed(scopeExpr);
        if (e instanceof ThisExpr) {
            return new Target(new Receiver.This(), null);
        }
        if (e instanceof SuperExpr) {
            return new Target(new Receiver.Super(), null);
        }
        if (e instanceof NameExpr name) {
            String id = name.getNameAsString();
            if (locals.containsKey(id)) {
                String type = locals.get(id);
                if (type != null) {
                    return new Target(new Receiver.Typed(type), null);
                }
                MethodCallExpr init = localCalls.get(id);
                return new Target(new Receiver.Unknown(), init);
            }
            return new Target(new Receiver.Name(id), null);
        }
        if (e instanceof FieldAccessExpr fa) {
            if (fa.getScope() instanceof ThisExpr) {
                return new Target(new Receiver.Field(fa.getNameAsString()), null);
            }
            return new Target(qualifiedName(fa) != null && !locals.containsKey(firstSegment(fa))
                    ? new Receiver.Name(qualifiedName(fa)) : new Receiver.Unknown(), null);
        }
        if (e instanceof MethodCallExpr call) {
            return new Target(new Receiver.Unknown(), call);
        }
        if (e instanceof ObjectCreationExpr oce) {
            return new Target(new Receiver.Typed(FactExtractor.typeName(oce.getType())), null);
        }
        if (e instanceof CastExpr cast && cast.getType() instanceof ClassOrInterfaceType t) {
            return new Target(new Receiver.Typed(FactExtractor.typeName(t)), null);
        }
        if (e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr) {
            return new Target(new Receiver.Typed("String"), null);
        }
        if (e instanceof ClassExpr) {
            return new Target(new Receiver.Typed("Class"), null);
        }
        if (e instanceof TypeExpr t) {
            return new Target(new Receiver.Name(FactExtractor.typeName(t.getType())), null);
        }
        return new Target(new Receiver.Unknown(), null);
    }

    private static Expression unwrapEnclosed(Expression e) {
        while (e instanceof EnclosedExpr en) {
            e = en.getInner();
        }
        return e;
    }

    private static Expression unwrap(Expression e) {
        while (e instanceof EnclosedExpr || e instanceof CastExpr) {
            e = e instanceof EnclosedExpr en ? en.getInner() : ((CastExpr) e).getExpression();
        }
        return e;
    }

    /** {@code a.b.c} when the expression is only names, else null. */
    private static String qualifiedName(Expression e) {
        if (e instanceof NameExpr n) {
            return n.getNameAsString();
        }
        if (e instanceof FieldAccessExpr fa) {
            String s = qualifiedName(fa.getScope());
            return s == null ? null : s + "." + fa.getNameAsString();
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
        return unwrapEnclosed(condition) instanceof BooleanLiteralExpr b && b.getValue();
    }

    private static int nameLine(MethodCallExpr n) {
        int line = FactExtractor.line(n.getName());
        return line > 0 ? line : FactExtractor.line(n);
    }

    private void unboundedLoop(Node n) {
        int line = FactExtractor.line(n);
        for (Frame f : frames) {
            f.unboundedLoops.add(line);
        }
    }

    private boolean inLoop(Frame f) {
        return loopDepth > f.loopBase;
    }

    private void inLoop(Node body) {
        loopDepth++;
        try {
            scan(body);
        } finally {
            loopDepth--;
        }
    }
}
