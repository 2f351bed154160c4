package io.wasmfit.analyzer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import io.wasmfit.analyzer.cache.FactsCache;
import io.wasmfit.analyzer.cache.Fingerprint;
import io.wasmfit.analyzer.cache.ScoreCache;

import io.wasmfit.analyzer.evaluate.SourceLines;
import io.wasmfit.analyzer.facts.FileFacts;
import io.wasmfit.analyzer.index.RepoIndex;
import io.wasmfit.analyzer.index.Resolver;
import io.wasmfit.analyzer.scoring.Assessor;
import io.wasmfit.analyzer.scoring.OfferFilter;
import io.wasmfit.analyzer.workspace.AppProperties;
import io.wasmfit.analyzer.workspace.BuildDependency;
import io.wasmfit.model.Candidate;
import io.wasmfit.model.Evidence;
import io.wasmfit.model.Problem;
import io.wasmfit.model.Report;
import io.wasmfit.model.Source;
import io.wasmfit.model.Summary;
import io.wasmfit.model.Tool;
import io.wasmfit.rules.Rule;
import io.wasmfit.rules.RuleSet;

/**
 * A parsed and indexed workspace. {@link #report} scores it with a rule set; call it again with
 * other rules (rules switched off, a user pack added) without parsing again. Call resolution is
 * cached here and shared by every report. The repository index is built on first use: a re-scan
 * whose changes reach no candidate reports from the score cache without reading the facts of
 * unchanged files at all.
 */
public final class Analysis {

    private static final int MAX_CODE = 200;

    private final Source source;
    private final int files;
    private final int parsedFiles;
    private final Supplier<List<FileFacts>> facts;
    private final List<Problem> problems;
    private final List<BuildDependency> dependencies;
    private final AppProperties props;
    private final ScanOptions options;
    private final long analyzeNanos;
    private final int filesFromCache;
    private final CompletableFuture<Void> cacheWritten;
    private Resolver resolver;
    private final List<String> textFiles;
    private final List<String> configFiles;
    private final Changes changes;
    private final List<CompletableFuture<Void>> scoresWritten = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<ScoreCache.Read> lastScores;
    private volatile int scoresFromCache;

    Analysis(Source source, int files, List<String> parsedPaths, Supplier<List<FileFacts>> facts, List<Problem> problems,
             List<BuildDependency> dependencies, AppProperties props, ScanOptions options, long analyzeNanos,
             int filesFromCache, CompletableFuture<Void> cacheWritten, List<String> textFiles, Changes changes,
             CompletableFuture<ScoreCache.Read> lastScores) {
        this.source = source;
        this.files = files;
        this.parsedFiles = parsedPaths.size();
        this.facts = facts;
        this.problems = List.copyOf(problems);
        this.dependencies = List.copyOf(dependencies);
        this.props = props;
        this.options = options;
        this.analyzeNanos = analyzeNanos;
        this.filesFromCache = filesFromCache;
        this.cacheWritten = cacheWritten;
        this.configFiles = List.copyOf(textFiles);
        this.changes = changes;
        this.lastScores = lastScores;
        List<String> text = new ArrayList<>(textFiles);
        text.addAll(parsedPaths);
        this.textFiles = List.copyOf(text);
    }

    public Source source() {
        return source;
    }

    public Path root() {
        return Path.of(source.root());
    }

    public RepoIndex index() {
        return resolver().index();
    }

    /** Whether the repository index was needed so far (a re-scan that reuses every score does without). */
    synchronized boolean indexBuilt() {
        return resolver != null;
    }

    /** Built on first use: it needs the facts of every file. */
    private synchronized Resolver resolver() {
        if (resolver == null) {
            resolver = new Resolver(new RepoIndex(facts.get()));
        }
        return resolver;
    }

    public List<BuildDependency> dependencies() {
        return dependencies;
    }

    /** Files whose facts came from the cache of the previous scan instead of being parsed. */
    public int filesFromCache() {
        return filesFromCache;
    }

    /** Waits until the scan caches are written (facts while the first report is scored, scores after each report). */
    public void awaitCacheWritten() {
        cacheWritten.join();
        scoresWritten.forEach(CompletableFuture::join);
    }

    /** Candidates of the last report whose scores came from the previous scan, as no change reached them. */
    public int scoresFromCache() {
        return scoresFromCache;
    }

    public List<Problem> problems() {
        return problems;
    }

    public Report report(RuleSet rules, ScanListener listener) {
        long start = System.nanoTime();
        listener.phase(ScanListener.Phase.SCORING);
        SourceLines sources = new SourceLines(root(), textFiles);
        List<Candidate> candidates = withCode(assess(sources, rules, listener), sources);
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparing(Problem::message));
        int failed = files - parsedFiles;
        long durationMs = (analyzeNanos + System.nanoTime() - start) / 1_000_000;
        return new Report(Report.SCHEMA_VERSION, new Tool("wasmfit", options.toolVersion()), source,
                new Summary(files, parsedFiles, failed, candidates.size(), durationMs), candidates, sorted);
    }

    /**
     * Scores the candidates; with the cache on, reuses the last scan's scores of candidates that no
     * change reaches and keeps this scan's for the next one.
     */
    private List<Candidate> assess(SourceLines sources, RuleSet rules, ScanListener listener) {
        scoresFromCache = 0;
        if (!options.useCache() || changes.now() < 0) {
            return assessor(sources).assess(rules, listener::cancelled, done -> listener.progress(done, 0));
        }
        CompletableFuture<ScoreCache.Read> read = lastScores;
        lastScores = null; // read when the workspace was opened: good for the first report only
        Path file = read != null ? read.join().file() : ScoreCache.fileFor(options.cacheDir(), root());
        String key = scoreKey(rules);
        ScoreCache.Stored last = null;
        if (changes.known() && !changes.declarationsChanged()) {
            last = ScoreCache.accept(read != null ? read.join() : ScoreCache.read(file), key, changes.since(), listener::warning);
        }
        List<Rule> entryRules = rules.active().stream().filter(Rule::isEntryPoint).toList();
        Assessor.Assessment assessment = last != null && !last.reaches(changes.files())
                && changes.edits().stream().noneMatch(e -> OfferFilter.mayChangeOffers(entryRules, e.before(), e.after()))
                ? Assessor.unchanged(last)
                : assessor(sources).assess(rules, listener::cancelled, done -> listener.progress(done, 0), last, changes.files());
        scoresFromCache = assessment.reused();
        ScoreCache.Stored next = new ScoreCache.Stored(key, changes.now(), assessment.offerFiles(), assessment.scored());
        scoresWritten.add(CompletableFuture.runAsync(() -> {
            try {
                ScoreCache.save(file, next);
            } catch (IOException | RuntimeException e) {
                listener.warning("the score cache " + file + " could not be written (" + e.getMessage()
                        + "); the next scan scores every candidate again");
            }
        }, ParsePhase::writerThread));
        return assessment.candidates();
    }

    private Assessor assessor(SourceLines sources) {
        return new Assessor(resolver(), dependencies, props, options.catalog(), options.target(), options.closureDepth(),
                options.closureMaxMethods(), sources);
    }

    /** Everything scores depend on besides the Java files: tool build, rules, catalog, bounds, build and configuration files. */
    private String scoreKey(RuleSet rules) {
        StringBuilder text = new StringBuilder();
        for (String f : configFiles) {
            byte[] content;
            try {
                content = Files.readAllBytes(root().resolve(f));
            } catch (IOException e) {
                content = new byte[0];
            }
            text.append(f).append(' ').append(FactsCache.sha256(content)).append('\n');
        }
        return ParsePhase.cacheKey(options) + "|" + options.target() + "|" + options.closureDepth() + "|"
                + options.closureMaxMethods() + "|" + Fingerprint.of(rules.active(), rules.activePatterns(), rules.scoring())
                + "|" + Fingerprint.of(options.catalog().entries()) + "|" + Fingerprint.of(text.toString());
    }

    /** Evidence with the source line it points at, for reports people read. */
    private static List<Candidate> withCode(List<Candidate> candidates, SourceLines sources) {
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            List<Evidence> evidence = c.evidence().stream().map(e -> new Evidence(e.ruleId(), e.criterion(), e.points(),
                    e.message(), e.file(), e.line(), e.file().endsWith(".java") ? code(sources, e.file(), e.line()) : null))
                    .toList();
            out.add(new Candidate(c.id(), c.name(), c.kind(), c.trigger(), c.location(), c.scores(), c.verdict(),
                    c.blockers(), evidence, c.dependencies(), c.closure(), c.patterns()));
        }
        return out;
    }

    /** The trimmed source line, shortened to what a report row can show. */
    private static String code(SourceLines sources, String file, int line) {
        List<String> lines = sources.lines(file);
        if (line <= 0 || line > lines.size()) {
            return null;
        }
        String text = lines.get(line - 1).strip();
        return text.length() > MAX_CODE ? text.substring(0, MAX_CODE) + "…" : text;
    }
}
