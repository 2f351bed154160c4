package io.wasmfit.analyzer.evaluate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.wasmfit.analyzer.facts.AnnotationFact;
import io.wasmfit.analyzer.facts.CallFact;
import io.wasmfit.analyzer.facts.MethodFacts;
import io.wasmfit.analyzer.facts.ParamFact;
import io.wasmfit.analyzer.index.TypeEntry;
import io.wasmfit.rules.Match;

/**
 * Which of a list of matches can hold on a method, told from names written in the method alone.
 * Most rules need an annotation, a call or a method name from a short list (its pattern has no
 * {@code *}); such a rule is filed under those names, and a method is evaluated only against the
 * rules filed under a name it has, plus the rules that cannot be filed. Every name is one the
 * evaluator itself checks before anything else (an annotation's simple name, a call's name, the
 * method's name), so a rule left out would have had no hit: results are the same as evaluating
 * every rule on every method, only without most of the work.
 */
public final class RulePrefilter {

    private final List<Match> matches;
    private final BitSet always = new BitSet();
    private final Map<String, BitSet> byName = new HashMap<>();

    public RulePrefilter(List<Match> matches) {
        this.matches = List.copyOf(matches);
        for (int i = 0; i < matches.size(); i++) {
            Set<String> names = names(matches.get(i));
            if (names == null) {
                always.set(i);
            } else {
                for (String name : names) {
                    byName.computeIfAbsent(name, k -> new BitSet()).set(i);
                }
            }
        }
    }

    public List<Match> matches() {
        return matches;
    }

    /** The positions of the matches that may hold on the method, in order. */
    public BitSet candidates(TypeEntry type, MethodFacts method) {
        BitSet out = (BitSet) always.clone();
        if (byName.isEmpty()) {
            return out;
        }
        add(out, "method:" + method.name());
        for (AnnotationFact a : method.annotations()) {
            add(out, "@METHOD:" + a.simpleName());
        }
        for (AnnotationFact a : type.type().annotations()) {
            add(out, "@CLASS:" + a.simpleName());
        }
        for (ParamFact p : method.params()) {
            for (AnnotationFact a : p.annotations()) {
                add(out, "@PARAMETER:" + a.simpleName());
            }
        }
        for (CallFact c : method.calls()) {
            add(out, "call:" + c.name());
        }
        return out;
    }

    private void add(BitSet out, String name) {
        BitSet rules = byName.get(name);
        if (rules != null) {
            out.or(rules);
        }
    }

    /**
     * Names of which the method must have at least one for the match to hold; null when there is
     * no such short list (the match is then always evaluated).
     */
    private static Set<String> names(Match match) {
        if (match instanceof Match.Annotation a) {
            return prefixed("@" + a.on() + ":", a.name().simpleLiteralNames());
        }
        if (match instanceof Match.Call c) {
            return prefixed("call:", c.name().literalNames());
        }
        if (match instanceof Match.Method m) {
            return m.name() == null ? null : prefixed("method:", m.name().literalNames());
        }
        if (match instanceof Match.All all) {
            Set<String> best = null;
            for (Match part : all.matches()) {
                Set<String> names = names(part);
                if (names != null && (best == null || names.size() < best.size())) {
                    best = names;
                }
            }
            return best;
        }
        if (match instanceof Match.Any any) {
            Set<String> union = new HashSet<>();
            for (Match part : any.matches()) {
                Set<String> names = names(part);
                if (names == null) {
                    return null;
                }
                union.addAll(names);
            }
            return union;
        }
        return null; // supertypes, type uses, text, facts, dependencies, Not and Optional hold without a name of their own
    }

    private static Set<String> prefixed(String kind, Set<String> names) {
        if (names == null) {
            return null;
        }
        List<String> out = new ArrayList<>(names.size());
        names.forEach(n -> out.add(kind + n));
        return Set.copyOf(out);
    }
}
