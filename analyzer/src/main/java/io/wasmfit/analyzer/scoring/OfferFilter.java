package io.wasmfit.analyzer.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import io.wasmfit.analyzer.facts.CallFact;
import io.wasmfit.analyzer.facts.FileFacts;
import io.wasmfit.analyzer.facts.MethodFacts;
import io.wasmfit.analyzer.facts.NewFact;
import io.wasmfit.analyzer.facts.TypeFacts;
import io.wasmfit.analyzer.facts.TypeUseFact;
import io.wasmfit.rules.Match;
import io.wasmfit.rules.Rule;

/**
 * Decides, from the facts of one file before and after an edit alone (no repository index),
 * whether the edit can change which entry points the file offers. It is asked only when the
 * edit left every declaration of the repository as it was and the file offered nothing before:
 * then annotations, supertypes, signatures, imports and build files answer every rule as they
 * did, and only a part of a rule that reads method bodies can now answer otherwise. Such a part
 * can only change its answer if the body facts it reads changed (line numbers aside): calls for
 * a call whose name appears among them, constructions, type uses, loops; text always may.
 * "Maybe" is always a safe answer: the caller then looks with the index.
 */
public final class OfferFilter {

    private OfferFilter() {
    }

    /** Whether the edit from {@code before} to {@code after} may make any of {@code entryRules} match in the file. */
    public static boolean mayChangeOffers(List<Rule> entryRules, FileFacts before, FileFacts after) {
        if (before == null || after == null) {
            return true;
        }
        Map<String, MethodFacts> old = new HashMap<>();
        for (TypeFacts t : before.types()) {
            old.put(t.fqn() + "#" + MethodFacts.INITIALIZER, t.initializer());
            t.methods().forEach(m -> old.put(key(t, m), m));
        }
        int matched = 0;
        for (TypeFacts t : after.types()) {
            if (mayChange(entryRules, old.get(t.fqn() + "#" + MethodFacts.INITIALIZER), t.initializer(), after.path())) {
                return true;
            }
            for (MethodFacts m : t.methods()) {
                if (mayChange(entryRules, old.get(key(t, m)), m, after.path())) {
                    return true;
                }
            }
            matched += t.methods().size() + 1;
        }
        return matched != old.size(); // a method (a lambda) is gone
    }

    private static String key(TypeFacts t, MethodFacts m) {
        return t.fqn() + "#" + m.signature(t.name());
    }

    private static boolean mayChange(List<Rule> rules, MethodFacts before, MethodFacts after, String file) {
        if (before == null || after == null) {
            return before != after;
        }
        Edit edit = new Edit(before, after);
        return rules.stream().anyMatch(r -> mayChange(r.match(), edit, file));
    }

    /** Which body facts of one method differ, line numbers aside. */
    private static final class Edit {
        final MethodFacts before;
        final MethodFacts after;
        final boolean calls;
        final boolean news;
        final boolean typeUses;
        final boolean loops;

        Edit(MethodFacts before, MethodFacts after) {
            this.before = before;
            this.after = after;
            calls = !sameCalls(before.calls(), after.calls());
            news = !sameNews(before.news(), after.news());
            typeUses = !sameTypeUses(before.typeUses(), after.typeUses());
            loops = before.unboundedLoops().size() != after.unboundedLoops().size();
        }

        boolean callsNamed(Match.Call call) {
            return before.calls().stream().anyMatch(c -> call.name().matches(c.name()))
                    || after.calls().stream().anyMatch(c -> call.name().matches(c.name()));
        }
    }

    private static boolean mayChange(Match match, Edit edit, String file) {
        return anyPart(match, part -> {
            if (part instanceof Match.Call call) {
                return edit.calls && edit.callsNamed(call);
            }
            if (part instanceof Match.Fact fact) {
                return switch (fact.fact()) {
                    case "unbounded-loop" -> edit.loops;
                    case "static-state-write", "instance-state-write" -> edit.calls;
                    default -> false; // modifiers and fields: declarations
                };
            }
            // annotations, supertypes, method signatures, imports, dependencies are declarations: unchanged
            return part instanceof Match.New && edit.news || part instanceof Match.TypeUse && edit.typeUses
                    || readsText(part, file);
        });
    }

    /** Whether a part of the match reads the Java text of the file (the old text is gone, so any edit may change it). */
    private static boolean readsText(Match match, String file) {
        return anyPart(match, part -> part instanceof Match.Text t && (t.files() == null || t.files().matcher(file).find()));
    }

    /** Whether any leaf of the match (below all, any, not and optional) is one {@code leaf} accepts. */
    private static boolean anyPart(Match match, Predicate<Match> leaf) {
        if (match instanceof Match.All all) {
            return all.matches().stream().anyMatch(m -> anyPart(m, leaf));
        }
        if (match instanceof Match.Any any) {
            return any.matches().stream().anyMatch(m -> anyPart(m, leaf));
        }
        if (match instanceof Match.Not not) {
            return anyPart(not.match(), leaf);
        }
        if (match instanceof Match.Optional opt) {
            return anyPart(opt.match(), leaf);
        }
        return leaf.test(match);
    }

    private static boolean sameCalls(List<CallFact> a, List<CallFact> b) {
        return same(a, b, (x, y) -> x.name().equals(y.name()) && x.receiver().equals(y.receiver()) && x.args() == y.args()
                && x.inLoop() == y.inLoop() && x.arguments().equals(y.arguments()));
    }

    private static boolean sameNews(List<NewFact> a, List<NewFact> b) {
        return same(a, b, (x, y) -> x.type().equals(y.type()) && x.args() == y.args() && x.inLoop() == y.inLoop());
    }

    private static boolean sameTypeUses(List<TypeUseFact> a, List<TypeUseFact> b) {
        return same(a, b, (x, y) -> Objects.equals(x.type(), y.type()));
    }

    /** Equal lists by {@code same}, which compares facts without their lines. */
    private static <T> boolean same(List<T> a, List<T> b, BiPredicate<T, T> same) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same.test(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
