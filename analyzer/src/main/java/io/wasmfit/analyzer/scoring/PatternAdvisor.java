package io.wasmfit.analyzer.scoring;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.wasmfit.analyzer.closure.ClosureResult;
import io.wasmfit.analyzer.evaluate.MatchEvaluator;
import io.wasmfit.analyzer.facts.MethodFacts;
import io.wasmfit.analyzer.index.MethodRef;
import io.wasmfit.analyzer.index.RepoIndex;
import io.wasmfit.analyzer.index.TypeEntry;
import io.wasmfit.model.CandidateKind;
import io.wasmfit.model.Evidence;
import io.wasmfit.model.Pattern;
import io.wasmfit.rules.Match;
import io.wasmfit.rules.SpinPattern;

/**
 * Names the Spin architecture patterns that fit a candidate: a pattern fits when one of its
 * conditions holds (kinds, a match on the entry method, in the closure or anywhere in the
 * repository, evidence of given rules). Repository-wide matches are evaluated once per scan.
 */
final class PatternAdvisor {

    private final RepoIndex index;
    private final MatchEvaluator evaluator;
    private final List<SpinPattern> patterns;
    private final Map<Match, Boolean> repository = new ConcurrentHashMap<>();
    /** Per closure condition (by identity: a match's own hash walks its whole tree), where it holds: closures overlap a lot. */
    private final Map<Match, Map<MethodRef, Boolean>> atMethod = new IdentityHashMap<>();

    PatternAdvisor(RepoIndex index, MatchEvaluator evaluator, List<SpinPattern> patterns) {
        this.index = index;
        this.evaluator = evaluator;
        this.patterns = List.copyOf(patterns);
        patterns.forEach(p -> p.when().stream().filter(c -> c.closure() != null)
                .forEach(c -> atMethod.put(c.closure(), new ConcurrentHashMap<>())));
    }

    List<Pattern> advise(CandidateKind kind, MethodRef entry, ClosureResult closure, List<Evidence> evidence) {
        Set<String> rules = evidence.stream().map(Evidence::ruleId).collect(Collectors.toSet());
        List<Pattern> out = new ArrayList<>();
        for (SpinPattern p : patterns) {
            if (p.when().stream().anyMatch(c -> holds(c, kind, entry, closure, rules))) {
                out.add(new Pattern(p.id(), p.title(), p.advice(), p.link()));
            }
        }
        return out;
    }

    private boolean holds(SpinPattern.Condition c, CandidateKind kind, MethodRef entry, ClosureResult closure,
                          Set<String> rules) {
        if (!c.kinds().isEmpty() && !c.kinds().contains(kind.key())) {
            return false;
        }
        if (!c.evidence().isEmpty() && c.evidence().stream().noneMatch(rules::contains)) {
            return false;
        }
        if (c.entry() != null && evaluator.evaluate(c.entry(), entry).isEmpty()) {
            return false;
        }
        if (c.closure() != null && closure.methods().stream().noneMatch(m -> holdsAt(c.closure(), m))) {
            return false;
        }
        return c.repository() == null || repository.computeIfAbsent(c.repository(), this::anywhere);
    }

    private boolean holdsAt(Match match, MethodRef m) {
        return atMethod.get(match).computeIfAbsent(m, ref -> !evaluator.evaluate(match, ref).isEmpty());
    }

    private boolean anywhere(Match match) {
        for (TypeEntry type : index.types()) {
            List<MethodFacts> methods = type.type().methods();
            for (int i = MethodRef.INITIALIZER; i < methods.size(); i++) {
                if ((i == MethodRef.INITIALIZER || !methods.get(i).isLambda())
                        && !evaluator.evaluate(match, new MethodRef(type.fqn(), i)).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }
}
