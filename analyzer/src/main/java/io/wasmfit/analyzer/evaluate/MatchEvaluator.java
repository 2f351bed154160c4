package io.wasmfit.analyzer.evaluate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wasmfit.analyzer.facts.AnnotationFact;
import io.wasmfit.analyzer.facts.FieldFact;
import io.wasmfit.analyzer.facts.MethodFacts;
import io.wasmfit.analyzer.facts.NewFact;
import io.wasmfit.analyzer.facts.ParamFact;
import io.wasmfit.analyzer.facts.TypeUseFact;
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
    private final CallMatcher calls;
    private final TextMatcher text;
    private final StateWrites stateWrites;

    public MatchEvaluator(Resolver resolver, List<BuildDependency> dependencies) {
        this(resolver, dependencies, SourceLines.none());
    }

    public MatchEvaluator(Resolver resolver, List<BuildDependency> dependencies, SourceLines sources) {
        this.resolver = resolver;
        this.index = resolver.index();
        this.constants = new ConstantEvaluator(index);
        this.dependencies = List.copyOf(dependencies);
        this.calls = new CallMatcher(resolver, constants, this::typeMatches);
        this.text = new TextMatcher(sources);
        this.stateWrites = new StateWrites(index);
    }

    public List<Hit> evaluate(Match match, MethodRef ref) {
        return evaluate(match, context(ref));
    }

    /**
     * The hits of each of the prefilter's matches on one method, which is looked up once for all of
     * them; a match the prefilter rules out has none.
     */
    public List<List<Hit>> evaluateEach(RulePrefilter matches, MethodRef ref) {
        Context c = context(ref);
        BitSet candidates = matches.candidates(c.type(), c.method());
        List<List<Hit>> out = new ArrayList<>(matches.matches().size());
        for (int i = 0; i < matches.matches().size(); i++) {
            out.add(candidates.get(i) ? evaluate(matches.matches().get(i), c) : List.of());
        }
        return out;
    }

    private Context context(MethodRef ref) {
        TypeEntry type = index.type(ref.typeFqn());
        return new Context(type, ref.facts(type), ref);
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
            return calls.hits(call, c.ref(), c.type(), c.method());
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
        if (match instanceof Match.Import i) {
            return imports(i, c);
        }
        if (match instanceof Match.Text t) {
            return text.hits(t, c.file(), c.ref().isInitializer() ? c.type().type().line() : c.method().line(),
                    c.ref().isInitializer() ? c.type().type().endLine() : c.method().endLine());
        }
        if (match instanceof Match.All all) {
            return all(all, c);
        }
        if (match instanceof Match.Any any) {
            List<Hit> out = new ArrayList<>();
            for (Match m : any.matches()) {
                out.addAll(evaluate(m, c));
            }
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

    /**
     * Every part must hold; the first part's first hit gives the place, every part adds its
     * captures. A part that registers handlers gives one hit per handler, each with the captures
     * of the other parts.
     */
    private List<Hit> all(Match.All all, Context c) {
        Hit first = null;
        List<Hit> handlers = null;
        Map<String, List<String>> captures = new LinkedHashMap<>();
        for (Match part : all.matches()) {
            List<Hit> hits = evaluate(part, c);
            if (hits.isEmpty()) {
                return List.of();
            }
            Hit h = hits.get(0);
            if (handlers == null && h.handler() != null) {
                handlers = hits;
            }
            if (first == null && h.line() > 0) {
                first = h;
            }
            h.captures().forEach(captures::putIfAbsent);
        }
        if (handlers != null) {
            List<Hit> out = new ArrayList<>(handlers.size());
            for (Hit h : handlers) {
                Map<String, List<String>> merged = new LinkedHashMap<>(h.captures());
                captures.forEach(merged::putIfAbsent);
                out.add(new Hit(h.file(), h.line(), merged, h.handler()));
            }
            return out;
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

    private List<Hit> construction(Match.New m, Context c) {
        if (!anyConstructionMayMatch(m, c)) {
            return List.of(); // no construction can match: spare the resolution of the method's calls
        }
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
        if (!anyTypeNamedHereMayMatch(m.type(), c.method())) {
            return List.of(); // no type named here can match: spare the resolution
        }
        List<Hit> out = new ArrayList<>();
        for (ResolvedMethod.TypeUse u : resolved(c).typeUses()) {
            if (m.type().matches(u.type())) {
                out.add(new Hit(c.file(), u.line(), Map.of("type", List.of(simple(u.type())))));
            }
        }
        return out;
    }

    /*
     * The two pre-checks below are loops, not streams: they run for every method and rule, and
     * under C1 (the launchers' JIT) each capturing lambda is a call into the VM.
     */

    private boolean anyConstructionMayMatch(Match.New m, Context c) {
        for (NewFact n : c.method().news()) {
            if (m.type().mayMatchSimpleName(simple(n.type())) || hasKnownSupertypes(n, c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyTypeNamedHereMayMatch(NamePattern type, MethodFacts method) {
        for (TypeUseFact u : method.typeUses()) {
            if (type.mayMatchSimpleName(simple(u.type()))) {
                return true;
            }
        }
        if (anyAnnotationMayMatch(type, method.annotations())) {
            return true;
        }
        for (ParamFact p : method.params()) {
            if (anyAnnotationMayMatch(type, p.annotations())) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyAnnotationMayMatch(NamePattern type, List<AnnotationFact> annotations) {
        for (AnnotationFact a : annotations) {
            if (type.mayMatchSimpleName(a.simpleName())) {
                return true;
            }
        }
        return false;
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
        if (m.returns() != null && (f.returnType() == null
                || !typeMatches(m.returns(), returnType(f.returnType(), c.type())))) {
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
            case "static-state-write", "instance-state-write" -> out.addAll(stateWrites.hits(c.type(), c.method(),
                    c.ref().isInitializer(), c.file(), f.fact().startsWith("static")));
            default -> {
                // unknown facts are rejected when rules are loaded
            }
        }
        return out;
    }

    private String returnType(String written, TypeEntry context) {
        String resolved = index.resolveType(written, context);
        return resolved != null ? resolved : written;
    }

    /** Single-type imports as {@code a.b.C}, on-demand imports as {@code a.b.*}; the place is the type's declaration. */
    private List<Hit> imports(Match.Import m, Context c) {
        List<Hit> out = new ArrayList<>();
        List<String> names = new ArrayList<>(c.type().file().imports());
        c.type().file().wildcardImports().forEach(w -> names.add(w + ".*"));
        for (String name : names) {
            if (m.name().matches(name) || name.endsWith(".*") && m.name().matches(name.substring(0, name.length() - 2))) {
                out.add(new Hit(c.file(), c.type().type().line(), Map.of("type", List.of(name))));
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

    /** A construction can match through supertypes only when they are known: repository and JDK types. */
    private boolean hasKnownSupertypes(NewFact n, Context c) {
        String type = index.resolveType(n.type(), c.type());
        return type != null && (index.isLocal(type) || io.wasmfit.analyzer.index.JdkTypes.exists(type));
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
