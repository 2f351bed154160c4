package io.wasmfit.analyzer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jgit.lib.ProgressMonitor;

import io.wasmfit.analyzer.facts.FileFacts;
import io.wasmfit.analyzer.parse.JavaFileParser;
import io.wasmfit.analyzer.workspace.AppProperties;
import io.wasmfit.analyzer.workspace.BuildFiles;
import io.wasmfit.analyzer.workspace.GitCheckout;
import io.wasmfit.analyzer.workspace.SourceWalker;
import io.wasmfit.analyzer.workspace.WorkspaceException;
import io.wasmfit.analyzer.workspace.WorkspaceFiles;
import io.wasmfit.model.Problem;
import io.wasmfit.model.Report;
import io.wasmfit.model.Source;

/**
 * The engine's entry point: opens a folder or a git URL, parses every Java file once (in
 * parallel), builds the repository index, and scores the entry points into a {@link Report}.
 * {@link #analyze} and {@link Analysis#report} are separate so that a caller can re-score with
 * other rules without parsing again.
 */
public final class Scanner {

    private final ScanOptions options;

    public Scanner(ScanOptions options) {
        this.options = options;
    }

    public ScanOptions options() {
        return options;
    }

    /** Parses and indexes; bad input of the workspace itself is a {@link WorkspaceException}. */
    public Analysis analyze(String location, String branch, ScanListener listener) throws WorkspaceException {
        long start = System.nanoTime();
        Source source;
        Path root;
        if (GitCheckout.isGitUrl(location)) {
            listener.phase(ScanListener.Phase.FETCHING);
            GitCheckout.Result checkout = GitCheckout.checkout(location, branch, options.cacheDir(), monitor(listener));
            root = checkout.dir();
            source = new Source(root.toString(), checkout.url(), checkout.branch(), checkout.commit());
        } else {
            if (branch != null) {
                throw new WorkspaceException("--branch needs a git URL; '" + location + "' is a folder");
            }
            root = folder(location);
            source = Source.folder(root.toString());
        }
        checkCancelled(listener);
        listener.phase(ScanListener.Phase.LISTING);
        WorkspaceFiles files;
        try {
            files = SourceWalker.walk(root);
        } catch (IOException e) {
            throw new WorkspaceException("cannot read the folder " + root + ": " + e.getMessage(), e);
        }
        List<Problem> problems = new ArrayList<>(files.problems());
        List<FileFacts> facts = parse(files, problems, listener);
        listener.phase(ScanListener.Phase.INDEXING);
        BuildFiles.Result build = BuildFiles.read(files);
        problems.addAll(build.problems());
        AppProperties props = AppProperties.read(files, problems);
        return new Analysis(source, files.javaFiles().size(), facts, problems, build.dependencies(), props,
                options, System.nanoTime() - start);
    }

    /** {@link #analyze} then {@link Analysis#report} with this scanner's rules. */
    public Report scan(String location, String branch, ScanListener listener) throws WorkspaceException {
        return analyze(location, branch, listener).report(options.rules(), listener);
    }

    private static Path folder(String location) throws WorkspaceException {
        Path path;
        try {
            path = Path.of(location).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new WorkspaceException("'" + location + "' is neither a folder nor a git URL");
        }
        if (!Files.exists(path)) {
            throw new WorkspaceException("no such folder: " + path);
        }
        if (!Files.isDirectory(path)) {
            throw new WorkspaceException(path + " is a file; give the folder of a Java repository or a git URL");
        }
        if (!Files.isReadable(path)) {
            throw new WorkspaceException("the folder " + path + " cannot be read (permission denied)");
        }
        return path;
    }

    private List<FileFacts> parse(WorkspaceFiles files, List<Problem> problems, ScanListener listener) {
        listener.phase(ScanListener.Phase.PARSING);
        List<Path> javaFiles = files.javaFiles();
        int total = javaFiles.size();
        listener.progress(0, total);
        AtomicInteger done = new AtomicInteger();
        int threads = Math.max(1, Math.min(options.jobs(), Math.max(1, total)));
        ThreadLocal<JavaFileParser> parsers = ThreadLocal.withInitial(() -> new JavaFileParser(options.maxFileBytes()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "wasmfit-parse");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<JavaFileParser.Outcome>> futures = new ArrayList<>(total);
            for (Path file : javaFiles) {
                String rel = files.relative(file);
                futures.add(pool.submit(() -> {
                    if (listener.cancelled()) {
                        throw new CancellationException("scan cancelled");
                    }
                    JavaFileParser.Outcome outcome = parsers.get().parse(file, rel);
                    listener.progress(done.incrementAndGet(), total);
                    return outcome;
                }));
            }
            List<FileFacts> facts = new ArrayList<>(total);
            for (Future<JavaFileParser.Outcome> f : futures) {
                JavaFileParser.Outcome outcome = f.get();
                problems.addAll(outcome.problems());
                if (outcome.parsed()) {
                    facts.add(outcome.facts());
                }
            }
            return facts;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancellationException ce) {
                throw ce;
            }
            throw new IllegalStateException("parsing failed unexpectedly", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("scan interrupted");
        } finally {
            pool.shutdownNow();
        }
    }

    static void checkCancelled(ScanListener listener) {
        if (listener.cancelled()) {
            throw new CancellationException("scan cancelled");
        }
    }

    private static ProgressMonitor monitor(ScanListener listener) {
        return new ProgressMonitor() {
            private int total;
            private int done;

            @Override
            public void start(int totalTasks) {
            }

            @Override
            public void beginTask(String title, int totalWork) {
                total = totalWork == ProgressMonitor.UNKNOWN ? 0 : totalWork;
                done = 0;
                listener.progress(0, total);
            }

            @Override
            public void update(int completed) {
                done += completed;
                listener.progress(done, total);
            }

            @Override
            public void endTask() {
            }

            @Override
            public boolean isCancelled() {
                return listener.cancelled();
            }

            @Override
            public void showDuration(boolean enabled) {
            }
        };
    }
}
