package io.wasmfit.analyzer.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wasmfit.analyzer.facts.Arg;
import io.wasmfit.analyzer.facts.CallFact;
import io.wasmfit.analyzer.facts.MethodFacts;
import io.wasmfit.analyzer.facts.Receiver;
import io.wasmfit.analyzer.index.MethodRef;
import io.wasmfit.analyzer.index.RepoIndex;
import io.wasmfit.analyzer.index.ResolvedMethod;
import io.wasmfit.analyzer.index.Resolver;
import io.wasmfit.analyzer.index.TypeEntry;
import io.wasmfit.rules.Match;
import io.wasmfit.rules.NamePattern;

/**
 * Evaluates {@code call} matches: a call by receiver type and name, with its arguments captured,
 * the calls up its receiver chain ({@code via}) and the calls its arguments are ({@code args}).
 * A call with a {@code handler} is a registration; the hit then names the handler method: a
 * lambda's synthetic method, a method reference's target, an anonymous class's method.
 * Resolution is only paid for methods whose facts hold a call of a matching name.
 */
final class CallMatcher {

    private final Resolver resolver;
    private final RepoIndex index;
    private final ConstantEvaluator constants;
    private final TypeMatcher types;

    interface TypeMatcher {
        boolean matches(NamePattern pattern, String type);
    }

    CallMatcher(Resolver resolver, ConstantEvaluator constants, TypeMatcher types) {
        this.resolver = resolver;
        this.index = resolver.index();
        this.constants = constants;
        this.types = types;
    }

    List<Hit> hits(Match.Call m, MethodRef ref, TypeEntry type, MethodFacts method) {
        if (!mayMatch(m, method)) {
            return List.of();
        }
        List<ResolvedMethod.Call> calls = resolver.resolve(ref).calls();
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            Map<String, List<String>> captures = new LinkedHashMap<>();
            if (!matches(m, calls, i, captures, type)) {
                continue;
            }
            MethodRef handler = null;
            if (m.registers()) {
                handler = handler(calls, i, m.handler(), type);
                if (handler == null) {
                    continue;
                }
            }
            ResolvedMethod.Call call = calls.get(i);
            String owner = call.owner() == null ? "?" : call.owner();
            captures.putIfAbsent("call", List.of(simple(owner) + "." + call.fact().name()));
            captures.putIfAbsent("type", List.of(owner));
            out.add(new Hit(type.file().path(), call.fact().line(), captures, handler));
        }
        return out;
    }

    /** A cheap look at the facts: a call of that name, with code where the handler should be. */
    private static boolean mayMatch(Match.Call m, MethodFacts method) {
        for (CallFact c : method.calls()) {
            if (m.name().matches(c.name()) && (!m.registers() || code(c, m.handler()) != null)) {
                return true;
            }
        }
        return false;
    }

    /** The first of the given arguments that is code, or null. */
    private static Arg code(CallFact call, List<Match.Call.Argument> positions) {
        for (Match.Call.Argument p : positions) {
            Arg a = call.argument(position(p));
            if (a instanceof Arg.Lambda || a instanceof Arg.Reference || a instanceof Arg.AnonymousClass
                    || a instanceof Arg.Construction) {
                return a;
            }
        }
        return null;
    }

    /** A loop rather than a stream: called for every call of every method, where C1 makes each lambda a VM call. */
    private boolean anyMatches(NamePattern type, List<String> owners) {
        for (String owner : owners) {
            if (types.matches(type, owner)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(Match.Call m, List<ResolvedMethod.Call> calls, int i, Map<String, List<String>> captures,
                            TypeEntry ctx) {
        ResolvedMethod.Call call = calls.get(i);
        CallFact fact = call.fact();
        if (!m.name().matches(fact.name()) || m.inLoop() != null && m.inLoop() != fact.inLoop()) {
            return false;
        }
        if (m.type() != null && !types.matches(m.type(), call.owner()) && !anyMatches(m.type(), call.possibleOwners())) {
            return false;
        }
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (Map.Entry<Integer, Match.Call> a : m.args().entrySet()) {
            if (!(fact.argument(a.getKey()) instanceof Arg.Result r) || !matches(a.getValue(), calls, r.call(), found, ctx)) {
                return false;
            }
        }
        if (m.via() != null && !via(m.via(), calls, fact.receiver(), found, ctx)) {
            return false;
        }
        m.capture().forEach((var, sel) -> {
            List<String> values = capture(fact, sel, ctx);
            if (!values.isEmpty()) {
                captures.put(var, values);
            }
        });
        found.forEach(captures::putIfAbsent);
        return true;
    }

    /** The nearest call up the receiver chain that matches. */
    private boolean via(Match.Call m, List<ResolvedMethod.Call> calls, Receiver receiver, Map<String, List<String>> captures,
                        TypeEntry ctx) {
        Receiver r = receiver;
        while (r instanceof Receiver.Chain chain) {
            if (matches(m, calls, chain.callIndex(), captures, ctx)) {
                return true;
            }
            r = calls.get(chain.callIndex()).fact().receiver();
        }
        return false;
    }

    private List<String> capture(CallFact fact, Match.Call.Argument sel, TypeEntry ctx) {
        if (sel.equals(Match.Call.Argument.NAME)) {
            return List.of(fact.name());
        }
        if (sel.index() >= fact.args() && sel.index() >= 0) {
            return List.of();
        }
        return fact.argument(position(sel)) instanceof Arg.Value v ? constants.values(v.value(), ctx) : List.of();
    }

    private MethodRef handler(List<ResolvedMethod.Call> calls, int i, List<Match.Call.Argument> positions, TypeEntry ctx) {
        Arg a = code(calls.get(i).fact(), positions);
        if (a instanceof Arg.Lambda lambda) {
            return named(ctx, lambda.method());
        }
        if (a instanceof Arg.Reference ref) {
            List<MethodRef> targets = calls.get(ref.call()).targets();
            return targets.isEmpty() ? null : targets.get(0);
        }
        if (a instanceof Arg.AnonymousClass anonymous) {
            return onlyMethod(index.type(anonymous.type()), false);
        }
        if (a instanceof Arg.Construction c) {
            return onlyMethod(index.type(index.resolveType(c.type(), ctx)), true);
        }
        return null;
    }

    private static MethodRef named(TypeEntry type, String name) {
        List<MethodFacts> methods = type.type().methods();
        for (int i = 0; i < methods.size(); i++) {
            if (methods.get(i).name().equals(name)) {
                return new MethodRef(type.fqn(), i);
            }
        }
        return null;
    }

    /**
     * The method an object handler runs: an anonymous class's first declared method; a named
     * class's only public instance method (several would leave it open which one).
     */
    private static MethodRef onlyMethod(TypeEntry type, boolean requireSingle) {
        if (type == null) {
            return null;
        }
        MethodRef found = null;
        List<MethodFacts> methods = type.type().methods();
        for (int i = 0; i < methods.size(); i++) {
            MethodFacts m = methods.get(i);
            if (m.isConstructor() || m.isLambda() || m.modifiers().contains("static")
                    || requireSingle && !m.modifiers().contains("public")) {
                continue;
            }
            if (!requireSingle) {
                return new MethodRef(type.fqn(), i);
            }
            if (found != null) {
                return null;
            }
            found = new MethodRef(type.fqn(), i);
        }
        return found;
    }

    private static int position(Match.Call.Argument sel) {
        return sel.equals(Match.Call.Argument.LAST) ? -1 : sel.index();
    }

    private static String simple(String fqn) {
        int dot = fqn.lastIndexOf('.');
        return dot < 0 ? fqn : fqn.substring(dot + 1);
    }
}
