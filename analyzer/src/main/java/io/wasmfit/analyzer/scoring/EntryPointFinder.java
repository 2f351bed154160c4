package io.wasmfit.analyzer.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.wasmfit.analyzer.evaluate.Hit;
import io.wasmfit.analyzer.evaluate.MatchEvaluator;
import io.wasmfit.analyzer.evaluate.RulePrefilter;
import io.wasmfit.analyzer.evaluate.TriggerDetails;
import io.wasmfit.analyzer.facts.MethodFacts;
import io.wasmfit.analyzer.index.MethodRef;
import io.wasmfit.analyzer.index.RepoIndex;
import io.wasmfit.analyzer.index.TypeEntry;
import io.wasmfit.analyzer.workspace.AppProperties;
import io.wasmfit.rules.Rule;

/**
 * Runs every entry-point rule over every method of the repository (and every type's field
 * initializers, where routes are sometimes registered). A hit on a method makes that method the
 * entry point; a hit that names a handler (a registration such as {@code app.get("/x", h)}) makes
 * the handler the entry point, one per registration. Lambdas are entry points only that way; their
 * bodies are part of the enclosing method, so its registrations are found there. When several
 * rules find one entry point, the one worth most points wins (the first found on a tie).
 */
final class EntryPointFinder {

    private final RepoIndex index;
    private final MatchEvaluator evaluator;
    private final AppProperties props;

    EntryPointFinder(RepoIndex index, MatchEvaluator evaluator, AppProperties props) {
        this.index = index;
        this.evaluator = evaluator;
        this.props = props;
    }

    /** A rule's claim that a method is an entry point. */
    private record Offer(MethodRef target, Rule rule, Hit hit) {
    }

    /**
     * The entry points, and the files whose types made any offer (won or lost): only a change in
     * one of those, or a declaration change, can change which entry points there are.
     */
    record Found(List<EntryPoint> entries, Set<String> offerFiles) {
    }

    /**
     * Entry points in the order of their methods (type name, then position in the type). Types are
     * matched in parallel; their offers are then weighed in type order, so the result does not
     * depend on the number of threads.
     */
    Found find(List<Rule> entryRules) {
        List<TypeEntry> types = new ArrayList<>(index.types());
        types.sort((a, b) -> a.fqn().compareTo(b.fqn()));
        RulePrefilter matches = new RulePrefilter(entryRules.stream().map(Rule::match).toList());
        List<List<Offer>> offers = types.parallelStream().map(t -> offers(t, entryRules, matches)).toList();
        Map<MethodRef, EntryPoint> best = new TreeMap<>();
        Set<String> offerFiles = new TreeSet<>();
        for (int i = 0; i < types.size(); i++) {
            for (Offer o : offers.get(i)) {
                offer(best, o.target(), o.rule(), o.hit());
                offerFiles.add(types.get(i).file().path());
            }
        }
        return new Found(new ArrayList<>(best.values()), offerFiles);
    }

    /** Whether any entry-point rule matches anything in these types. */
    boolean anyOffer(Collection<TypeEntry> types, List<Rule> entryRules) {
        RulePrefilter matches = new RulePrefilter(entryRules.stream().map(Rule::match).toList());
        return types.stream().anyMatch(t -> !offers(t, entryRules, matches).isEmpty());
    }

    /** @param matches the rules' matches, in the same order */
    private List<Offer> offers(TypeEntry type, List<Rule> entryRules, RulePrefilter matches) {
        List<Offer> out = new ArrayList<>();
        List<MethodFacts> methods = type.type().methods();
        for (int i = MethodRef.INITIALIZER; i < methods.size(); i++) {
            MethodRef ref = new MethodRef(type.fqn(), i);
            MethodFacts m = ref.facts(type);
            if (m.isConstructor() || m.isLambda() || ref.isInitializer() && m.calls().isEmpty()) {
                continue;
            }
            List<List<Hit>> each = evaluator.evaluateEach(matches, ref);
            for (int r = 0; r < entryRules.size(); r++) {
                List<Hit> hits = each.get(r);
                if (hits.isEmpty()) {
                    continue; // most rules hit nothing: no iterator for them
                }
                Rule rule = entryRules.get(r);
                for (Hit hit : hits) {
                    if (hit.handler() != null) {
                        out.add(new Offer(hit.handler(), rule, hit));
                    } else if (!ref.isInitializer() && hit == hits.get(0)) {
                        out.add(new Offer(ref, rule, hit));
                    }
                }
            }
        }
        return out;
    }

    private void offer(Map<MethodRef, EntryPoint> best, MethodRef target, Rule rule, Hit hit) {
        EntryPoint current = best.get(target);
        if (current == null || rule.points() > current.rule().points()) {
            best.put(target, new EntryPoint(target, rule, hit, TriggerDetails.of(rule.trigger(), variables(target, hit), props)));
        }
    }

    /** The captures of the hit plus built-ins: $class, $classFqn, $method, $param0. */
    private Map<String, List<String>> variables(MethodRef ref, Hit hit) {
        Map<String, List<String>> vars = new HashMap<>(hit.captures());
        TypeEntry type = index.type(ref.typeFqn());
        MethodFacts m = ref.facts(index);
        vars.put("$class", List.of(type.type().name()));
        vars.put("$classFqn", List.of(type.fqn()));
        vars.put("$method", List.of(m.displayName()));
        if (!m.params().isEmpty()) {
            String t = m.params().get(0).type();
            vars.put("$param0", List.of(t.contains(".") ? t.substring(t.lastIndexOf('.') + 1) : t));
        }
        return vars;
    }
}
