package io.wasmfit.analyzer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.wasmfit.analyzer.cache.FactsCache;
import io.wasmfit.analyzer.facts.FileFacts;
import io.wasmfit.analyzer.parse.JavaFileParser;
import io.wasmfit.analyzer.workspace.WorkspaceFiles;
import io.wasmfit.model.Problem;

/**
 * Parses the Java files of a workspace in parallel, each file read once and parsed once, taking
 * unchanged files from the persistent cache when there is one. Facts come back in file order.
 */
final class ParsePhase {

    /**
     * The files that parsed and their facts (read from the cache only when asked for), the
     * problems of all, how many came from the cache, the writing of the cache, which goes on while
     * the caller scores, and what changed since the last scan.
     */
    record Result(List<String> parsedPaths, Supplier<List<FileFacts>> facts, List<Problem> problems, int fromCache,
                  CompletableFuture<Void> cacheWritten, Changes changes) {
    }

    /** One file's outcome: facts just parsed, or a cache entry whose facts are decoded when first asked for. */
    private record Done(String path, List<Problem> problems, FileFacts fresh, FactsCache.Entry cached) {
        static Done of(String path, JavaFileParser.Outcome outcome) {
            return new Done(path, outcome.problems(), outcome.facts(), null);
        }

        boolean parsed() {
            return fresh != null || cached != null && cached.parsed();
        }

        FileFacts facts() {
            return fresh != null ? fresh : cached.facts();
        }
    }

    private static final String BUILD = build();

    private final ScanOptions options;

    ParsePhase(ScanOptions options) {
        this.options = options;
    }

    /** What makes cached facts valid: this build, the codec, the language level and the size limit. */
    static String cacheKey(ScanOptions options) {
        return BUILD + "|" + JavaFileParser.LANGUAGE_LEVEL + "-unvalidated|" + options.maxFileBytes();
    }

    /**
     * Starts reading the cache of the workspace at {@code root} in the background, so that it is
     * decoded while the workspace is listed; null when the cache is off.
     */
    static CompletableFuture<FactsCache> preload(ScanOptions options, Path root, ScanListener listener) {
        if (!options.useCache()) {
            return null;
        }
        Path file = FactsCache.fileFor(options.cacheDir(), root);
        return CompletableFuture.supplyAsync(() -> FactsCache.load(file, cacheKey(options), listener::warning));
    }

    private FactsCache cacheOf(Path root, CompletableFuture<FactsCache> preloaded, ScanListener listener) {
        Path file = FactsCache.fileFor(options.cacheDir(), root);
        FactsCache cache = preloaded != null ? preloaded.join() : null;
        return cache != null && cache.file().equals(file) ? cache : FactsCache.load(file, cacheKey(options), listener::warning);
    }

    /** Parses, taking unchanged files from {@code preloaded} (see {@link #preload}) when it is the cache of this workspace. */
    Result run(WorkspaceFiles files, ScanListener listener, CompletableFuture<FactsCache> preloaded) {
        long stamp = files.listedAt(); // before any file was looked at: later edits count as changes next time
        FactsCache cache = options.useCache() ? cacheOf(files.root(), preloaded, listener) : null;
        List<Path> javaFiles = files.javaFiles();
        int total = javaFiles.size();
        listener.progress(0, total);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger fromCache = new AtomicInteger();
        Changes.Collector changed = new Changes.Collector();
        int threads = Math.max(1, Math.min(options.jobs(), Math.max(1, total)));
        ThreadLocal<JavaFileParser> parsers = ThreadLocal.withInitial(() -> new JavaFileParser(options.maxFileBytes()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "wasmfit-parse");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Done>> futures = new ArrayList<>(total);
            for (Path file : javaFiles) {
                String rel = files.relative(file);
                futures.add(pool.submit(() -> {
                    if (listener.cancelled()) {
                        throw new CancellationException("scan cancelled");
                    }
                    Done outcome = cache == null
                            ? Done.of(rel, parsers.get().parse(file, rel))
                            : cached(file, rel, files.stats().get(file), parsers, cache, fromCache, changed);
                    listener.progress(done.incrementAndGet(), total);
                    return outcome;
                }));
            }
            List<Done> results = new ArrayList<>(total);
            List<Problem> problems = new ArrayList<>();
            for (Future<Done> f : futures) {
                Done outcome = f.get();
                problems.addAll(outcome.problems());
                if (outcome.parsed()) {
                    results.add(outcome);
                }
            }
            List<String> paths = results.stream().map(Done::path).toList();
            Supplier<List<FileFacts>> facts = () -> {
                if (cache != null) {
                    cache.readAllFacts();
                }
                return results.stream().map(Done::facts).toList();
            };
            if (cache == null) {
                return new Result(paths, facts, problems, 0, CompletableFuture.completedFuture(null), Changes.UNKNOWN);
            }
            Changes changes = changed.finish(cache, stamp);
            CompletableFuture<Void> written = cache.unchangedSinceLoad()
                    ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.runAsync(() -> save(cache, stamp, listener), ParsePhase::writerThread);
            return new Result(paths, facts, problems, fromCache.get(), written, changes);
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

    /** @param listed what the listing saw of the file (null: look now) */
    private Done cached(Path file, String rel, WorkspaceFiles.FileStat listed, ThreadLocal<JavaFileParser> parsers,
                        FactsCache cache, AtomicInteger fromCache, Changes.Collector changed) {
        try {
            WorkspaceFiles.FileStat stat = listed != null ? listed : stat(file);
            long size = stat.size();
            long modified = stat.modified();
            FactsCache.Entry hit = cache.unchanged(rel, size, modified);
            if (hit == null && size <= options.maxFileBytes()) {
                byte[] content = Files.readAllBytes(file);
                String hash = FactsCache.sha256(content);
                hit = cache.sameContent(rel, hash, size, modified);
                if (hit == null) {
                    JavaFileParser.Outcome outcome = parsers.get().parse(content, rel);
                    cache.put(rel, new FactsCache.Entry(size, modified, hash, outcome.facts(), outcome.problems()));
                    changed.parsedAgain(rel, cache.previous(rel), outcome.facts());
                    return Done.of(rel, outcome);
                }
            } else if (hit == null) {
                JavaFileParser.Outcome outcome = parsers.get().tooLarge(rel, size);
                cache.put(rel, new FactsCache.Entry(size, modified, "", null, outcome.problems()));
                changed.parsedAgain(rel, cache.previous(rel), null);
                return Done.of(rel, outcome);
            }
            fromCache.incrementAndGet();
            return new Done(rel, hit.problems(), null, hit);
        } catch (IOException e) {
            changed.parsedAgain(rel, cache.previous(rel), null);
            return Done.of(rel, JavaFileParser.unreadable(rel, e));
        }
    }

    private static WorkspaceFiles.FileStat stat(Path file) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        return new WorkspaceFiles.FileStat(attrs.size(), attrs.lastModifiedTime().toMillis());
    }

    /** Not a daemon: an application that exits right after a scan still gets its cache written. */
    static void writerThread(Runnable r) {
        Thread t = new Thread(r, "wasmfit-cache-writer");
        t.setDaemon(false);
        t.start();
    }

    private static void save(FactsCache cache, long stamp, ScanListener listener) {
        try {
            cache.save(stamp);
        } catch (IOException | RuntimeException e) {
            listener.warning("the scan cache " + cache.file() + " could not be written (" + e.getMessage()
                    + "); the next scan parses everything again");
        }
    }

    private static String build() {
        try (InputStream in = ParsePhase.class.getResourceAsStream("/io/wasmfit/analyzer/build.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("build", "dev") + "|facts-" + FactsCache.FORMAT;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
