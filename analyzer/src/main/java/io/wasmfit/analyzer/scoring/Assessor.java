package io.wasmfit.analyzer.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import io.wasmfit.analyzer.cache.ScoreCache;

import io.wasmfit.analyzer.closure.ClosureBuilder;
import io.wasmfit.analyzer.closure.ClosureResult;
import io.wasmfit.analyzer.evaluate.Hit;
import io.wasmfit.analyzer.evaluate.MatchEvaluator;
import io.wasmfit.analyzer.evaluate.SourceLines;
import io.wasmfit.analyzer.evaluate.Templates;
import io.wasmfit.analyzer.index.MethodRef;
import io.wasmfit.analyzer.index.RepoIndex;
import io.wasmfit.analyzer.index.Resolver;
import io.wasmfit.analyzer.index.TypeEntry;
import io.wasmfit.analyzer.workspace.AppProperties;
import io.wasmfit.analyzer.workspace.BuildDependency;
import io.wasmfit.matrix.LibraryCatalog;
import io.wasmfit.matrix.TargetLanguage;
import io.wasmfit.model.Blocker;
import io.wasmfit.model.Candidate;
import io.wasmfit.model.CandidateKind;
import io.wasmfit.model.Closure;
import io.wasmfit.model.Evidence;
import io.wasmfit.model.Location;
import io.wasmfit.model.Scores;
import io.wasmfit.model.Trigger;
import io.wasmfit.model.Verdict;
import io.wasmfit.rules.Criterion;
import io.wasmfit.rules.Rule;
import io.wasmfit.rules.RuleSet;
import io.wasmfit.rules.Scoring;

/**
 * Turns an indexed repository and a rule set into scored candidates: finds the entry points,
 * builds each one's closure, looks for every signal rule in it, judges its libraries, and adds
 * the evidence up (DESIGN.md, "Scoring"). Every point of every score is an evidence item.
 */
public final class Assessor {

    /** How many places one rule lists for one candidate; the rest are counted in the message. */
    private static final int PLACES_PER_RULE = 5;

    private final RepoIndex index;
    private final Resolver resolver;
    private final List<BuildDependency> dependencies;
    private final AppProperties props;
    private final LibraryCatalog catalog;
    private final TargetLanguage target;
    private final int closureDepth;
    private final int closureMaxMethods;
    private final SourceLines sources;

    public Assessor(Resolver resolver, List<BuildDependency> dependencies, AppProperties props, LibraryCatalog catalog,
                    TargetLanguage target, int closureDepth, int closureMaxMethods) {
        this(resolver, dependencies, props, catalog, target, closureDepth, closureMaxMethods, SourceLines.none());
    }

    /** @param sources the workspace's text, for rules that search it ({@code text} matches) */
    public Assessor(Resolver resolver, List<BuildDependency> dependencies, AppProperties props, LibraryCatalog catalog,
                    TargetLanguage target, int closureDepth, int closureMaxMethods, SourceLines sources) {
        this.index = resolver.index();
        this.resolver = resolver;
        this.dependencies = dependencies;
        this.props = props;
        this.catalog = catalog;
        this.target = target;
        this.closureDepth = closureDepth;
        this.closureMaxMethods = closureMaxMethods;
        this.sources = sources;
    }

    /**
     * Candidates, and what a later scan may reuse of them: each candidate with the files its score
     * was read from, and the files any entry-point rule matched in.
     */
    public record Assessment(List<Candidate> candidates, List<ScoreCache.Scored> scored, List<String> offerFiles,
                             int reused) {
    }

    /** Candidates sorted by overall score (best first), then id. */
    public List<Candidate> assess(RuleSet rules, BooleanSupplier cancelled, IntConsumer progress) {
        return assess(rules, cancelled, progress, null, Set.of()).candidates();
    }

    /**
     * Scores the candidates, reusing those of the last scan that no change can reach.
     *
     * @param last    the last scan's scores, when they may be reused at all: computed with the same
     *                rules, catalog and build files, and no declaration changed since (so every
     *                call resolves as it did); null to score everything
     * @param changed the files changed, added or deleted since the last scan
     */
    public Assessment assess(RuleSet rules, BooleanSupplier cancelled, IntConsumer progress, ScoreCache.Stored last,
                             Set<String> changed) {
        MatchEvaluator evaluator = new MatchEvaluator(resolver, dependencies, sources);
        List<Rule> entryRules = rules.active().stream().filter(Rule::isEntryPoint).toList();
        List<Rule> signalRules = rules.active().stream().filter(r -> !r.isEntryPoint()).toList();
        EntryPointFinder finder = new EntryPointFinder(index, evaluator, props);
        if (last != null && !last.reaches(changed)
                && !finder.anyOffer(index.types().stream().filter(t -> changed.contains(t.file().path())).toList(), entryRules)) {
            return unchanged(last);
        }
        EntryPointFinder.Found found = finder.find(entryRules);
        Map<String, ScoreCache.Scored> before = new HashMap<>();
        if (last != null) {
            last.candidates().forEach(s -> before.put(s.entry(), s));
        }
        ClosureBuilder closures = new ClosureBuilder(resolver, closureDepth, closureMaxMethods);
        DependencyAssessor deps = new DependencyAssessor(catalog, target, rules.scoring(), dependencies);
        PatternAdvisor patterns = new PatternAdvisor(index, evaluator, rules.activePatterns());
        SignalHits signals = new SignalHits(signalRules, evaluator);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger reused = new AtomicInteger();
        List<ScoreCache.Scored> scored = found.entries().parallelStream().map(entry -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("scan cancelled");
            }
            String signature = signature(entry);
            ScoreCache.Scored previous = before.get(signature);
            ScoreCache.Scored result;
            if (previous != null && untouched(previous.files(), changed)) {
                result = previous;
                reused.incrementAndGet();
            } else {
                ClosureResult closure = closures.build(entry.method());
                result = new ScoreCache.Scored(signature, files(entry, closure),
                        candidate(entry, closure, signalRules, signals, deps, patterns, rules.scoring()));
            }
            progress.accept(done.incrementAndGet());
            return result;
        }).toList();
        return new Assessment(sorted(scored.stream().map(ScoreCache.Scored::candidate).toList()), scored,
                List.copyOf(found.offerFiles()), reused.get());
    }

    /**
     * The last scan's candidates as they were: for when entry points come from the same places as
     * before and no closure passes through a change.
     */
    public static Assessment unchanged(ScoreCache.Stored last) {
        return new Assessment(sorted(last.candidates().stream().map(ScoreCache.Scored::candidate).toList()),
                last.candidates(), last.offerFiles(), last.candidates().size());
    }

    private static List<Candidate> sorted(List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>(candidates);
        out.sort(Comparator.comparing((Candidate c) -> -c.scores().overall()).thenComparing(Candidate::id));
        return out;
    }

    private static boolean untouched(Collection<String> files, Set<String> changed) {
        if (changed.isEmpty()) {
            return true;
        }
        for (String f : files) {
            if (changed.contains(f)) {
                return false;
            }
        }
        return true;
    }

    /** Everything about an entry point that its candidate is computed from, besides its closure. */
    private String signature(EntryPoint entry) {
        return entry.method().id(index) + "\n" + entry.rule().id() + "\n" + entry.hit().file() + ":" + entry.hit().line()
                + "\n" + new TreeMap<>(entry.detail()) + "\n" + new TreeMap<>(entry.hit().captures());
    }

    /** The files a candidate's score was read from: its trigger's and its closure's. */
    private List<String> files(EntryPoint entry, ClosureResult closure) {
        Set<String> files = new TreeSet<>();
        files.add(entry.hit().file());
        files.add(index.type(entry.method().typeFqn()).file().path());
        for (String type : closure.types()) {
            files.add(index.type(type).file().path());
        }
        return List.copyOf(files);
    }

    private Candidate candidate(EntryPoint entry, ClosureResult closure, List<Rule> signalRules, SignalHits signals,
                                DependencyAssessor deps, PatternAdvisor patterns, Scoring scoring) {
        MethodRef ref = entry.method();
        TypeEntry type = index.type(ref.typeFqn());
        String file = type.file().path();
        int line = ref.facts(index).nameLine();
        List<Evidence> evidence = new ArrayList<>();
        List<Blocker> blockers = new ArrayList<>();

        Map<String, List<String>> vars = new HashMap<>(entry.hit().captures());
        entry.detail().forEach((k, v) -> vars.put(k, List.of(v)));
        evidence.add(new Evidence(entry.rule().id(), Criterion.EVENT_DRIVEN, entry.rule().points(),
                Templates.render(entry.rule().message(), vars), entry.hit().file(),
                entry.hit().line() > 0 ? entry.hit().line() : line, null));
        baselines(scoring, closure, file, line, evidence);

        List<List<Hit>> hitsByRule = signals.over(closure);
        for (int r = 0; r < signalRules.size(); r++) {
            Rule rule = signalRules.get(r);
            List<Hit> hits = hitsByRule.get(r);
            if (hits.isEmpty()) {
                continue;
            }
            int shown = Math.min(hits.size(), PLACES_PER_RULE);
            for (int i = 0; i < shown; i++) {
                Hit h = hits.get(i);
                String message = Templates.render(rule.message(), h.captures());
                if (i == 0 && hits.size() > shown) {
                    message += " (" + hits.size() + " places, " + shown + " shown)";
                }
                evidence.add(new Evidence(rule.id(), rule.criterion(), i == 0 ? rule.points() : 0, message, h.file(), h.line(), null));
                if (rule.blocker() && i == 0) {
                    blockers.add(new Blocker(rule.id(), Templates.render(rule.message(), h.captures()), h.file(), h.line()));
                }
            }
        }
        DependencyAssessor.Result assessed = deps.assess(closure.externalTypes());
        evidence.addAll(assessed.evidence());
        blockers.addAll(assessed.blockers());

        Map<Criterion, Integer> sums = new EnumMap<>(Criterion.class);
        for (Evidence e : evidence) {
            sums.merge(e.criterion(), e.points(), Integer::sum);
        }
        int ed = clamp(sums.getOrDefault(Criterion.EVENT_DRIVEN, 0));
        int sr = clamp(sums.getOrDefault(Criterion.SHORT_RUNNING, 0));
        int ds = clamp(sums.getOrDefault(Criterion.DEPENDENCY_SUPPORTED, 0));
        int overall = scoring.overall(ed, sr, ds, !blockers.isEmpty());

        List<String> methodIds = closure.methods().stream().filter(m -> !m.isInitializer()).map(m -> m.id(index)).sorted().toList();
        Closure closureModel = new Closure(closure.types().size(), methodIds.size(), closure.lines(), closure.types(),
                methodIds, closure.externalTypes().keySet().stream().sorted().toList(), closure.unresolvedCalls(),
                closure.truncated());
        CandidateKind kind = CandidateKind.fromKey(entry.rule().trigger().kind().toLowerCase(Locale.ROOT));
        return new Candidate(ref.id(index), type.type().name() + "." + ref.facts(index).displayName(), kind,
                new Trigger(entry.rule().trigger().type(), entry.detail()), new Location(file, line),
                new Scores(ed, sr, ds, overall), Verdict.of(overall), blockers, evidence, assessed.dependencies(),
                closureModel, patterns.advise(kind, ref, closure, evidence));
    }

    private static void baselines(Scoring scoring, ClosureResult closure, String file, int line, List<Evidence> evidence) {
        String size = closure.methods().size() + " methods in " + closure.types().size() + " types";
        int sr = scoring.baseline(Criterion.SHORT_RUNNING);
        if (sr != 0) {
            evidence.add(new Evidence("baseline", Criterion.SHORT_RUNNING, sr, "Starts at " + sr
                    + ": the closure (" + size + ") was searched for long-running work; each signal found takes points away",
                    file, line, null));
        }
        int ds = scoring.baseline(Criterion.DEPENDENCY_SUPPORTED);
        if (ds != 0) {
            evidence.add(new Evidence("baseline", Criterion.DEPENDENCY_SUPPORTED, ds, "Starts at " + ds
                    + ": every library the closure reaches (" + closure.externalTypes().size()
                    + " external types) was looked up in the catalog; each without a Wasm path takes points away",
                    file, line, null));
        }
        int ed = scoring.baseline(Criterion.EVENT_DRIVEN);
        if (ed != 0) {
            evidence.add(new Evidence("baseline", Criterion.EVENT_DRIVEN, ed, "Starts at " + ed, file, line, null));
        }
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(100, v));
    }
}
