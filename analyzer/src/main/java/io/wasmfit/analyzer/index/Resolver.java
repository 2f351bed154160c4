package io.wasmfit.analyzer.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.wasmfit.analyzer.facts.CallFact;
import io.wasmfit.analyzer.facts.FieldFact;
import io.wasmfit.analyzer.facts.MethodFacts;
import io.wasmfit.analyzer.facts.NewFact;
import io.wasmfit.analyzer.facts.Receiver;
import io.wasmfit.analyzer.facts.TypeFacts;
import io.wasmfit.analyzer.facts.TypeUseFact;

/**
 * Resolves the calls of a method against the repository index: receivers through locals, fields,
 * static types, chains of calls (repository return types, and the JDK's by reflection), static
 * imports and inheritance; virtual calls reach every override in the repository. Done lazily, once
 * per method, and shared by every candidate whose closure passes through it.
 */
public final class Resolver {

    private final RepoIndex index;
    private final Map<MethodRef, ResolvedMethod> cache = new ConcurrentHashMap<>();

    public Resolver(RepoIndex index) {
        this.index = index;
    }

    public RepoIndex index() {
        return index;
    }

    public ResolvedMethod resolve(MethodRef ref) {
        ResolvedMethod r = cache.get(ref);
        if (r == null) {
            r = compute(ref);
            cache.put(ref, r);
        }
        return r;
    }

    private ResolvedMethod compute(MethodRef ref) {
        TypeEntry ctx = index.type(ref.typeFqn());
        MethodFacts m = ref.facts(index);
        List<ResolvedMethod.Call> calls = new ArrayList<>(m.calls().size());
        Set<MethodRef> callees = new LinkedHashSet<>();
        Set<String> local = new LinkedHashSet<>();
        Map<String, Integer> external = new LinkedHashMap<>();
        int unresolved = 0;
        for (CallFact c : m.calls()) {
            ResolvedMethod.Call rc = call(c, ctx, calls);
            calls.add(rc);
            callees.addAll(rc.targets());
            if (rc.owner() == null) {
                if (index.declaresMethodNamed(c.name())) {
                    unresolved++;
                }
            } else if (!index.isLocal(rc.owner())) {
                external.putIfAbsent(rc.owner(), c.line());
            } else {
                local.add(rc.owner());
                if (rc.targets().isEmpty() && !isKnownWithoutBody(rc.owner(), c)) {
                    unresolved++;
                }
            }
        }
        List<ResolvedMethod.Construction> news = new ArrayList<>(m.news().size());
        for (NewFact n : m.news()) {
            String type = index.resolveType(n.type(), ctx);
            news.add(new ResolvedMethod.Construction(n, type));
            if (type == null) {
                continue;
            }
            if (index.isLocal(type)) {
                local.add(type);
                callees.addAll(index.findMethods(type, MethodFacts.CONSTRUCTOR, n.args()));
            } else {
                external.putIfAbsent(type, n.line());
            }
        }
        List<ResolvedMethod.TypeUse> uses = new ArrayList<>(m.typeUses().size());
        List<TypeUseFact> named = new ArrayList<>(m.typeUses());
        m.annotations().forEach(a -> named.add(new TypeUseFact(a.name(), a.line())));
        m.params().forEach(p -> p.annotations().forEach(a -> named.add(new TypeUseFact(a.name(), a.line()))));
        for (TypeUseFact u : named) {
            String type = index.resolveType(u.type(), ctx);
            if (type != null) {
                uses.add(new ResolvedMethod.TypeUse(type, u.line()));
                if (index.isLocal(type)) {
                    local.add(type);
                } else {
                    external.putIfAbsent(type, u.line());
                }
            }
        }
        return new ResolvedMethod(ref, calls, news, uses, callees, local, external, unresolved);
    }

    private ResolvedMethod.Call call(CallFact c, TypeEntry ctx, List<ResolvedMethod.Call> earlier) {
        if (MethodFacts.CONSTRUCTOR.equals(c.name())) {
            String owner = c.receiver() instanceof Receiver.Super ? firstLocalSuperclass(ctx) : ctx.fqn();
            return new ResolvedMethod.Call(c, owner == null ? superclassOrNull(ctx) : owner,
                    owner == null ? List.of() : index.findMethods(owner, MethodFacts.CONSTRUCTOR, c.args()));
        }
        Receiver r = c.receiver();
        if (r instanceof Receiver.Implicit || r instanceof Receiver.This) {
            return implicit(c, ctx, r instanceof Receiver.Implicit);
        }
        if (r instanceof Receiver.Super) {
            for (String sup : index.directSupertypes(ctx)) {
                List<MethodRef> found = index.isLocal(sup) ? index.findMethods(sup, c.name(), c.args()) : List.of();
                if (!found.isEmpty()) {
                    return new ResolvedMethod.Call(c, found.get(0).typeFqn(), found);
                }
            }
            return new ResolvedMethod.Call(c, superclassOrNull(ctx), List.of());
        }
        String owner = null;
        if (r instanceof Receiver.Typed t) {
            owner = index.resolveType(t.type(), ctx);
        } else if (r instanceof Receiver.Name n) {
            owner = name(n.name(), ctx);
        } else if (r instanceof Receiver.Field f) {
            owner = fieldType(ctx.fqn(), f.name());
        } else if (r instanceof Receiver.Chain ch) {
            owner = chainType(earlier.get(ch.callIndex()));
        }
        return new ResolvedMethod.Call(c, owner, owner != null && index.isLocal(owner) ? dispatch(owner, c) : List.of());
    }

    /** An unqualified call: this class and its supertypes, then outer classes, then static imports. */
    private ResolvedMethod.Call implicit(CallFact c, TypeEntry ctx, boolean searchOuterAndStatic) {
        for (TypeEntry scope = ctx; scope != null; scope = searchOuterAndStatic ? index.type(scope.type().outerFqn()) : null) {
            List<MethodRef> found = index.findMethods(scope.fqn(), c.name(), c.args());
            if (!found.isEmpty()) {
                return new ResolvedMethod.Call(c, found.get(0).typeFqn(), withOverrides(found));
            }
        }
        List<String> onDemand = new ArrayList<>();
        if (searchOuterAndStatic) {
            for (String imp : ctx.file().staticImports()) {
                int dot = imp.lastIndexOf('.');
                String member = imp.substring(dot + 1);
                String owner = imp.substring(0, dot);
                if (member.equals(c.name()) || member.equals("*")) {
                    List<MethodRef> found = index.isLocal(owner) ? index.findMethods(owner, c.name(), c.args()) : List.of();
                    if (!found.isEmpty()) {
                        return new ResolvedMethod.Call(c, owner, found);
                    }
                    if (member.equals(c.name()) || JdkTypes.returnType(owner, c.name(), c.args()).isPresent()) {
                        return new ResolvedMethod.Call(c, owner, List.of());
                    }
                    if (!index.isLocal(owner) && !JdkTypes.exists(owner)) {
                        onDemand.add(owner);
                    }
                }
            }
        }
        List<String> external = index.allSupertypes(ctx.fqn()).stream().filter(s -> !index.isLocal(s)).toList();
        // import static spark.Spark.*; get("/x", ...): a library's static method, unless a library
        // supertype may declare it (inherited members shadow static imports)
        if (!onDemand.isEmpty() && external.stream().allMatch(JdkTypes::exists)) {
            return onDemand.size() == 1 ? new ResolvedMethod.Call(c, onDemand.get(0), List.of())
                    : new ResolvedMethod.Call(c, null, List.of(), onDemand);
        }
        if (!external.isEmpty()) {
            return new ResolvedMethod.Call(c, external.get(0), List.of());
        }
        return new ResolvedMethod.Call(c, null, List.of());
    }

    /** A name receiver: a field (of this class, inherited, outer), a type's static field, or a type. */
    private String name(String name, TypeEntry ctx) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            String field = fieldType(ctx.fqn(), name);
            if (field != null) {
                return field;
            }
            return Character.isUpperCase(name.charAt(0)) ? index.resolveType(name, ctx) : null;
        }
        String prefix = index.resolveType(name.substring(0, dot), ctx);
        if (prefix != null && index.isLocal(prefix)) {
            String field = fieldType(prefix, name.substring(dot + 1));
            if (field != null) {
                return field;
            }
        }
        return Character.isUpperCase(name.charAt(dot + 1)) ? index.resolveType(name, ctx) : null;
    }

    private String fieldType(String typeFqn, String fieldName) {
        RepoIndex.FieldLookup f = index.findField(typeFqn, fieldName);
        return f == null ? null : index.resolveType(f.field().type(), f.owner());
    }

    private String chainType(ResolvedMethod.Call previous) {
        if (!previous.targets().isEmpty()) {
            MethodRef target = previous.targets().get(0);
            MethodFacts m = target.facts(index);
            if (m.returnType() == null || "void".equals(m.returnType())) {
                return null;
            }
            return index.resolveType(m.returnType(), index.type(target.typeFqn()));
        }
        if (previous.owner() != null && !index.isLocal(previous.owner())) {
            Optional<String> r = JdkTypes.returnType(previous.owner(), previous.fact().name(), previous.fact().args());
            return r.orElse(null);
        }
        return null;
    }

    private List<MethodRef> dispatch(String owner, CallFact c) {
        return withOverrides(index.findMethods(owner, c.name(), c.args()));
    }

    /** A virtual call may land in any repository override of its target. */
    private List<MethodRef> withOverrides(List<MethodRef> targets) {
        if (targets.isEmpty()) {
            return targets;
        }
        Set<MethodRef> out = new LinkedHashSet<>(targets);
        for (MethodRef t : targets) {
            MethodFacts m = t.facts(index);
            if (m.modifiers().contains("static") || m.modifiers().contains("private") || m.isConstructor()) {
                continue;
            }
            for (String sub : index.allSubtypes(t.typeFqn())) {
                List<MethodFacts> methods = index.type(sub).type().methods();
                for (int i = 0; i < methods.size(); i++) {
                    MethodFacts candidate = methods.get(i);
                    if (candidate.name().equals(m.name()) && candidate.params().size() == m.params().size()) {
                        out.add(new MethodRef(sub, i));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** Record accessors and enum helpers exist without a declaration. */
    private boolean isKnownWithoutBody(String owner, CallFact c) {
        TypeEntry t = index.type(owner);
        if (t.type().kind() == TypeFacts.TypeKind.RECORD && c.args() <= 0) {
            for (FieldFact f : t.type().fields()) {
                if (f.name().equals(c.name())) {
                    return true;
                }
            }
        }
        if (t.type().kind() == TypeFacts.TypeKind.ENUM && Set.of("values", "valueOf", "name", "ordinal").contains(c.name())) {
            return true;
        }
        if (Set.of("equals", "hashCode", "toString", "getClass", "compareTo").contains(c.name())) {
            return true;
        }
        return index.allSupertypes(owner).stream().anyMatch(s -> !index.isLocal(s));
    }

    private String firstLocalSuperclass(TypeEntry ctx) {
        for (String sup : index.directSupertypes(ctx)) {
            TypeEntry s = index.type(sup);
            if (s != null && s.type().kind() == TypeFacts.TypeKind.CLASS) {
                return sup;
            }
        }
        return null;
    }

    private String superclassOrNull(TypeEntry ctx) {
        List<String> sups = index.directSupertypes(ctx);
        return sups.isEmpty() ? null : sups.get(0);
    }
}
