package io.wasmfit.analyzer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.wasmfit.analyzer.evaluate.SourceLines;
import io.wasmfit.analyzer.facts.FileFacts;
import io.wasmfit.analyzer.index.RepoIndex;
import io.wasmfit.analyzer.index.Resolver;
import io.wasmfit.analyzer.scoring.Assessor;
import io.wasmfit.analyzer.workspace.AppProperties;
import io.wasmfit.analyzer.workspace.BuildDependency;
import io.wasmfit.model.Candidate;
import io.wasmfit.model.Evidence;
import io.wasmfit.model.Problem;
import io.wasmfit.model.Report;
import io.wasmfit.model.Source;
import io.wasmfit.model.Summary;
import io.wasmfit.model.Tool;
import io.wasmfit.rules.RuleSet;

/**
 * A parsed and indexed workspace. {@link #report} scores it with a rule set; call it again with
 * other rules (rules switched off, a user pack added) without parsing again. Call resolution is
 * cached here and shared by every report.
 */
public final class Analysis {

    private static final int MAX_CODE = 200;

    private final Source source;
    private final int files;
    private final List<FileFacts> facts;
    private final List<Problem> problems;
    private final List<BuildDependency> dependencies;
    private final AppProperties props;
    private final ScanOptions options;
    private final long analyzeNanos;
    private final int filesFromCache;
    private final CompletableFuture<Void> cacheWritten;
    private final RepoIndex index;
    private final Resolver resolver;
    private final List<String> textFiles;

    Analysis(Source source, int files, List<FileFacts> facts, List<Problem> problems, List<BuildDependency> dependencies,
             AppProperties props, ScanOptions options, long analyzeNanos, int filesFromCache,
             CompletableFuture<Void> cacheWritten, List<String> textFiles) {
        this.source = source;
        this.files = files;
        this.facts = List.copyOf(facts);
        this.problems = List.copyOf(problems);
        this.dependencies = List.copyOf(dependencies);
        this.props = props;
        this.options = options;
        this.analyzeNanos = analyzeNanos;
        this.filesFromCache = filesFromCache;
        this.cacheWritten = cacheWritten;
        this.index = new RepoIndex(facts);
        this.resolver = new Resolver(index);
        List<String> text = new ArrayList<>(textFiles);
        facts.forEach(f -> text.add(f.path()));
        this.textFiles = List.copyOf(text);
    }

    public Source source() {
        return source;
    }

    public Path root() {
        return Path.of(source.root());
    }

    public RepoIndex index() {
        return index;
    }

    public List<BuildDependency> dependencies() {
        return dependencies;
    }

    /** Files whose facts came from the cache of the previous scan instead of being parsed. */
    public int filesFromCache() {
        return filesFromCache;
    }

    /** Waits until the scan cache is written (it is written while the first report is scored). */
    public void awaitCacheWritten() {
        cacheWritten.join();
    }

    public List<Problem> problems() {
        return problems;
    }

    public Report report(RuleSet rules, ScanListener listener) {
        long start = System.nanoTime();
        listener.phase(ScanListener.Phase.SCORING);
        SourceLines sources = new SourceLines(root(), textFiles);
        Assessor assessor = new Assessor(resolver, dependencies, props, options.catalog(), options.target(),
                options.closureDepth(), options.closureMaxMethods(), sources);
        List<Candidate> candidates = assessor.assess(rules, listener::cancelled, done -> listener.progress(done, 0));
        candidates = withCode(candidates, sources);
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparing(Problem::message));
        int failed = files - facts.size();
        long durationMs = (analyzeNanos + System.nanoTime() - start) / 1_000_000;
        return new Report(Report.SCHEMA_VERSION, new Tool("wasmfit", options.toolVersion()), source,
                new Summary(files, facts.size(), failed, candidates.size(), durationMs), candidates, sorted);
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
