package io.wasmfit.analyzer.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wasmfit.analyzer.evaluate.Hit;
import io.wasmfit.analyzer.evaluate.MatchEvaluator;
import io.wasmfit.analyzer.evaluate.TriggerDetails;
import io.wasmfit.analyzer.facts.MethodFacts;
import io.wasmfit.analyzer.index.MethodRef;
import io.wasmfit.analyzer.index.RepoIndex;
import io.wasmfit.analyzer.index.TypeEntry;
import io.wasmfit.analyzer.workspace.AppProperties;
import io.wasmfit.rules.Rule;

/**
 * Runs every entry-point rule over every method of the repository. When several rules match one
 * method, the one worth most points wins (the first in pack order on a tie).
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

    List<EntryPoint> find(List<Rule> entryRules) {
        List<EntryPoint> out = new ArrayList<>();
        List<TypeEntry> types = new ArrayList<>(index.types());
        types.sort((a, b) -> a.fqn().compareTo(b.fqn()));
        for (TypeEntry type : types) {
            List<MethodFacts> methods = type.type().methods();
            for (int i = 0; i < methods.size(); i++) {
                if (methods.get(i).isConstructor()) {
                    continue;
                }
                MethodRef ref = new MethodRef(type.fqn(), i);
                EntryPoint best = null;
                for (Rule rule : entryRules) {
                    if (best != null && rule.points() <= best.rule().points()) {
                        continue;
                    }
                    List<Hit> hits = evaluator.evaluate(rule.match(), ref);
                    if (!hits.isEmpty()) {
                        Hit hit = hits.get(0);
                        best = new EntryPoint(ref, rule, hit, TriggerDetails.of(rule.trigger(), variables(ref, hit), props));
                    }
                }
                if (best != null) {
                    out.add(best);
                }
            }
        }
        return out;
    }

    /** The captures of the hit plus built-ins: $class, $classFqn, $method, $param0. */
    private Map<String, List<String>> variables(MethodRef ref, Hit hit) {
        Map<String, List<String>> vars = new HashMap<>(hit.captures());
        TypeEntry type = index.type(ref.typeFqn());
        MethodFacts m = ref.facts(index);
        vars.put("$class", List.of(type.type().name()));
        vars.put("$classFqn", List.of(type.fqn()));
        vars.put("$method", List.of(m.name()));
        if (!m.params().isEmpty()) {
            String t = m.params().get(0).type();
            vars.put("$param0", List.of(t.contains(".") ? t.substring(t.lastIndexOf('.') + 1) : t));
        }
        return vars;
    }
}
