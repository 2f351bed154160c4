package io.wasmfit.analyzer.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.wasmfit.analyzer.closure.ClosureResult;
import io.wasmfit.analyzer.evaluate.Hit;
import io.wasmfit.analyzer.evaluate.MatchEvaluator;
import io.wasmfit.analyzer.evaluate.RulePrefilter;
import io.wasmfit.analyzer.index.MethodRef;
import io.wasmfit.rules.Rule;

/**
 * Where each signal rule holds in a closure. Every method is evaluated against all signal rules
 * once, however many candidates' closures pass through it (they overlap a lot).
 */
final class SignalHits {

    private final List<Rule> rules;
    private final RulePrefilter matches;
    private final MatchEvaluator evaluator;
    private final Map<MethodRef, List<List<Hit>>> byMethod = new ConcurrentHashMap<>();

    SignalHits(List<Rule> rules, MatchEvaluator evaluator) {
        this.rules = rules;
        this.matches = new RulePrefilter(rules.stream().map(Rule::match).toList());
        this.evaluator = evaluator;
    }

    /** Per rule (in the order given), its hits over the closure, closest to the entry first, one per place. */
    List<List<Hit>> over(ClosureResult closure) {
        List<Map<String, Hit>> byPlace = new ArrayList<>(rules.size());
        for (int r = 0; r < rules.size(); r++) {
            byPlace.add(new LinkedHashMap<>());
        }
        for (MethodRef m : closure.methods()) {
            // most methods are known already: computeIfAbsent's method reference would cost a VM call under C1
            List<List<Hit>> hits = byMethod.get(m);
            if (hits == null) {
                hits = byMethod.computeIfAbsent(m, this::evaluate);
            }
            for (int r = 0; r < rules.size(); r++) {
                for (Hit h : hits.get(r)) {
                    byPlace.get(r).putIfAbsent(h.file() + ":" + h.line(), h);
                }
            }
        }
        List<List<Hit>> out = new ArrayList<>(rules.size());
        byPlace.forEach(places -> out.add(new ArrayList<>(places.values())));
        return out;
    }

    private List<List<Hit>> evaluate(MethodRef m) {
        return evaluator.evaluateEach(matches, m);
    }
}
