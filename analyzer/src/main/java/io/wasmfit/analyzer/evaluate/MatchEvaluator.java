package io.wasmfit.analyzer.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wasmfit.analyzer.facts.AnnotationFact;
import io.wasmfit.analyzer.facts.FieldFact;
import io.wasmfit.analyzer.facts.MethodFacts;
import io.wasmfit.analyzer.facts.ParamFact;
import io.wasmfit.analyzer.index.MethodRef;
import io.wasmfit.analyzer.index.RepoIndex;
import io.wasmfit.analyzer.index.ResolvedMethod;
import io.wasmfit.analyzer.index.Resolver;
import io.wasmfit.analyzer.index.TypeEntry;
import io.wasmfit.analyzer.workspace.BuildDependency;
import io.wasmfit.rules.Match;
import io.wasmfit.rules.NamePattern;

/**
 * Evaluates a rule's {@link Match} against one method of the repository and returns where it
 * holds. Each kind of match reads only the facts it needs; calls, constructions and type uses
 * come from the {@link Resolver}, which works lazily, so entry-point rules that look only at
 * annotations never pay for call resolution.
 */
public final class MatchEvaluator {

    private final Resolver resolver;
    private final RepoIndex index;
    private final ConstantEvaluator constants;
    private final List<BuildDependency> dependencies;

    public MatchEvaluator(Resolver resolver, List<BuildDependency> dependencies) {
        this.resolver = resolver;
        this.index = resolver.index();
        this.constants = new ConstantEvaluator(index);
        this.dependencies = List.copyOf(dependencies);
    }

    public List<Hit> evaluate(Match match, MethodRef ref) {
        TypeEntry type = index.type(ref.typeFqn());
        return evaluate(match, new Context(type, ref.facts(index), ref));
    }

    private record Context(TypeEntry type, MethodFacts method, MethodRef ref) {
        String file() {
            return type.file().path();
        }
    }

    private List<Hit> evaluate(Match match, Context c) {
        if (match instanceof Match.Annotation a) {
            return annotation(a, c);
        }
        if (match instanceof Match.Call call) {
            return call(call, c);
        }
        if (match instanceof Match.New n) {
            return construction(n, c);
        }
        if (match instanceof Match.TypeUse t) {
            return typeUse(t, c);
        }
        if (match instanceof Match.Supertype s) {
            return supertype(s, c);
        }
        if (match instanceof Match.Method m) {
            return method(m, c);
        }
        if (match instanceof Match.Fact f) {
            return fact(f, c);
        }
        if (match instanceof Match.Dependency d) {
            return dependency(d, c);
        }
        if (match instanceof Match.All all) {
            return all(all, c);
        }
        if (match instanceof Match.Any any) {
            List<Hit> out = new ArrayList<>();
            any.matches().forEach(m -> out.addAll(evaluate(m, c)));
            return out;
        }
        if (match instanceof Match.Not not) {
            return evaluate(not.match(), c).isEmpty() ? List.of(here(c, Map.of())) : List.of();
        }
        if (match instanceof Match.Optional opt) {
            List<Hit> inner = evaluate(opt.match(), c);
            return inner.isEmpty() ? List.of(new Hit(c.file(), 0, Map.of())) : inner;
        }
        throw new IllegalStateException("unknown match " + match);
    }

    /** Every part must hold; the first part's first hit gives the place, every part adds its captures. */
    private List<Hit> all(Match.All all, Context c) {
        Hit first = null;
        Map<String, List<String>> captures = new LinkedHashMap<>();
        for (Match part : all.matches()) {
            List<Hit> hits = evaluate(part, c);
            if (hits.isEmpty()) {
                return List.of();
            }
            Hit h = hits.get(0);
            if (first == null && h.line() > 0) {
                first = h;
            }
            h.captures().forEach(captures::putIfAbsent);
        }
        Hit place = first != null ? first : here(c, Map.of());
        return List.of(new Hit(place.file(), place.line(), captures));
    }

    private List<Hit> annotation(Match.Annotation a, Context c) {
        List<AnnotationFact> candidates = switch (a.on()) {
            case METHOD -> c.method().annotations();
            case CLASS -> c.type().type().annotations();
            case PARAMETER -> {
                List<AnnotationFact> all = new ArrayList<>();
                for (ParamFact p : c.method().params()) {
                    all.addAll(p.annotations());
                }
                yield all;
            }
        };
        List<Hit> out = new ArrayList<>();
        for (AnnotationFact ann : candidates) {
            if (!a.name().mayMatchSimpleName(ann.simpleName()) || !anyMatches(a.name(), index.candidateNames(ann.name(), c.type()))) {
                continue;
            }
            Map<String, List<String>> attrs = new HashMap<>();
            ann.attributes().forEach((k, v) -> attrs.put(k, constants.values(v, c.type())));
            if (!attributesMatch(a.attributes(), attrs)) {
                continue;
            }
            Map<String, List<String>> captures = new LinkedHashMap<>();
            a.capture().forEach((var, names) -> {
                for (String attr : names) {
                    List<String> values = "@name".equals(attr) ? List.of(ann.simpleName()) : attrs.get(attr);
                    if (values != null && !values.isEmpty()) {
                        captures.put(var, values);
                        break;
                    }
                }
            });
            out.add(new Hit(c.file(), ann.line(), captures));
        }
        return out;
    }

    private static boolean attributesMatch(Map<String, NamePattern> required, Map<String, List<String>> attrs) {
        for (Map.Entry<String, NamePattern> e : required.entrySet()) {
            List<String> values = attrs.get(e.getKey());
            if (values == null || values.stream().noneMatch(e.getValue()::matches)) {
                return false;
            }
        }
        return true;
    }

    private List<Hit> call(Match.Call m, Context c) {
        List<Hit> out = new ArrayList<>();
        for (ResolvedMethod.Call call : resolved(c).calls()) {
            if (!m.name().matches(call.fact().name())) {
                continue;
            }
            if (m.inLoop() != null && m.inLoop() != call.fact().inLoop()) {
                continue;
            }
            if (m.type() != null && !typeMatches(m.type(), call.owner())) {
                continue;
            }
            String owner = call.owner() == null ? "?" : simple(call.owner());
            out.add(new Hit(c.file(), call.fact().line(), Map.of("call", List.of(owner + "." + call.fact().name()),
                    "type", List.of(call.owner() == null ? "?" : call.owner()))));
        }
        return out;
    }

    private List<Hit> construction(Match.New m, Context c) {
        List<Hit> out = new ArrayList<>();
        for (ResolvedMethod.Construction n : resolved(c).news()) {
            if (typeMatches(m.type(), n.type())) {
                out.add(new Hit(c.file(), n.fact().line(), Map.of("call", List.of("new " + simple(n.type())),
                        "type", List.of(n.type()))));
            }
        }
        return out;
    }

    private List<Hit> typeUse(Match.TypeUse m, Context c) {
        List<Hit> out = new ArrayList<>();
        for (ResolvedMethod.TypeUse u : resolved(c).typeUses()) {
            if (m.type().matches(u.type())) {
                out.add(new Hit(c.file(), u.line(), Map.of("type", List.of(simple(u.type())))));
            }
        }
        return out;
    }

    private List<Hit> supertype(Match.Supertype m, Context c) {
        for (String sup : index.allSupertypes(c.type().fqn())) {
            if (m.type().matches(sup)) {
                return List.of(new Hit(c.file(), c.type().type().line(), Map.of("type", List.of(simple(sup)))));
            }
        }
        return List.of();
    }

    private List<Hit> method(Match.Method m, Context c) {
        MethodFacts f = c.method();
        if (c.ref().isInitializer()) {
            return List.of();
        }
        if (m.name() != null && !m.name().matches(f.name())) {
            return List.of();
        }
        if (m.params() != null && m.params() != f.params().size()) {
            return List.of();
        }
        if (!f.modifiers().containsAll(m.modifiers())) {
            return List.of();
        }
        return List.of(here(c, Map.of()));
    }

    private List<Hit> fact(Match.Fact f, Context c) {
        List<Hit> out = new ArrayList<>();
        switch (f.fact()) {
            case "unbounded-loop" -> c.method().unboundedLoops().forEach(l -> out.add(new Hit(c.file(), l, Map.of())));
            case "native-method" -> {
                if (c.method().modifiers().contains("native")) {
                    out.add(here(c, Map.of()));
                }
            }
            case "synchronized" -> {
                if (c.method().modifiers().contains("synchronized")) {
                    out.add(here(c, Map.of()));
                }
            }
            case "static-mutable-field" -> {
                for (FieldFact field : c.type().type().fields()) {
                    if (field.isStatic() && (!field.isFinal() || field.mutableInit())) {
                        out.add(new Hit(c.file(), field.line(), Map.of("field", List.of(field.name()))));
                    }
                }
            }
            default -> {
                // unknown facts are rejected when rules are loaded
            }
        }
        return out;
    }

    private List<Hit> dependency(Match.Dependency d, Context c) {
        List<Hit> out = new ArrayList<>();
        for (BuildDependency dep : dependencies) {
            if (d.coordinates().matches(dep.coordinates())) {
                out.add(new Hit(dep.file(), 0, Map.of("dependency", List.of(dep.coordinates()))));
            }
        }
        return out;
    }

    private ResolvedMethod resolved(Context c) {
        return resolver.resolve(c.ref());
    }

    /** A type pattern matches a type or any of its supertypes. */
    private boolean typeMatches(NamePattern pattern, String type) {
        if (type == null) {
            return false;
        }
        if (pattern.matches(type)) {
            return true;
        }
        for (String sup : index.allSupertypes(type)) {
            if (pattern.matches(sup)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyMatches(NamePattern pattern, List<String> names) {
        for (String n : names) {
            if (pattern.matches(n)) {
                return true;
            }
        }
        return false;
    }

    private static Hit here(Context c, Map<String, List<String>> captures) {
        return new Hit(c.file(), c.ref().isInitializer() ? c.type().type().line() : c.method().nameLine(), captures);
    }

    private static String simple(String fqn) {
        int dot = fqn.lastIndexOf('.');
        return dot < 0 ? fqn : fqn.substring(dot + 1);
    }
}
