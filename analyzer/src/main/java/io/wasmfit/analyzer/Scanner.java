package io.wasmfit.analyzer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jgit.lib.ProgressMonitor;

import io.wasmfit.analyzer.cache.FactsCache;
import io.wasmfit.analyzer.cache.ScoreCache;
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
        CompletableFuture<FactsCache> cache = ParsePhase.preload(options, realPath(root), listener);
        CompletableFuture<ScoreCache.Read> scores = options.useCache()
                ? CompletableFuture.supplyAsync(() -> ScoreCache.read(ScoreCache.fileFor(options.cacheDir(), realPath(root))))
                : null;
        listener.phase(ScanListener.Phase.LISTING);
        WorkspaceFiles files;
        try {
            files = SourceWalker.walk(root);
        } catch (IOException e) {
            throw new WorkspaceException("cannot read the folder " + root + ": " + e.getMessage(), e);
        }
        List<Problem> problems = new ArrayList<>(files.problems());
        listener.phase(ScanListener.Phase.PARSING);
        ParsePhase.Result parsed = new ParsePhase(options).run(files, listener, cache);
        problems.addAll(parsed.problems());
        listener.phase(ScanListener.Phase.INDEXING);
        BuildFiles.Result build = BuildFiles.read(files);
        problems.addAll(build.problems());
        AppProperties props = AppProperties.read(files, problems);
        List<String> textFiles = new ArrayList<>();
        files.buildFiles().forEach(f -> textFiles.add(files.relative(f)));
        files.configFiles().forEach(f -> textFiles.add(files.relative(f)));
        return new Analysis(source, files.javaFiles().size(), parsed.parsedPaths(), parsed.facts(), problems,
                build.dependencies(), props, options, System.nanoTime() - start, parsed.fromCache(), parsed.cacheWritten(),
                textFiles, parsed.changes(), scores);
    }

    /** {@link #analyze} then {@link Analysis#report} with this scanner's rules; returns once the cache is written. */
    public Report scan(String location, String branch, ScanListener listener) throws WorkspaceException {
        Analysis analysis = analyze(location, branch, listener);
        Report report = analysis.report(options.rules(), listener);
        analysis.awaitCacheWritten();
        return report;
    }

    /** The path the workspace is walked by (links resolved), as the caches are named after it. */
    private static Path realPath(Path root) {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            return root;
        }
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
