package io.wasmfit.analyzer.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.wasmfit.analyzer.ScanListener;
import io.wasmfit.analyzer.ScanOptions;
import io.wasmfit.analyzer.Scanner;
import io.wasmfit.analyzer.workspace.WorkspaceException;
import io.wasmfit.model.Report;

/**
 * Scans the repositories of a list, a bounded number at a time (each with its share of the
 * cores), and hands each result to the caller as it completes. One repository that cannot be
 * scanned never stops the others.
 */
public final class PortfolioScanner {

    /** What became of one repository: a report, or the one-sentence reason it could not be scanned. */
    public record Outcome(RepositoryList.Item item, Report report, String error) {
    }

    /** Called from worker threads as each repository finishes. */
    public interface Sink {
        void accept(Outcome outcome);
    }

    private final ScanOptions options;
    private final int parallel;

    public PortfolioScanner(ScanOptions options, int parallel) {
        this.options = options.withJobs(Math.max(1, options.jobs() / Math.max(1, parallel)));
        this.parallel = Math.max(1, parallel);
    }

    public void scan(List<RepositoryList.Item> items, ScanListener listener, Sink sink) {
        ExecutorService pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "wasmfit-portfolio");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (RepositoryList.Item item : items) {
                futures.add(pool.submit(() -> {
                    if (listener.cancelled()) {
                        throw new CancellationException("scan cancelled");
                    }
                    Outcome outcome;
                    try {
                        Report report = new Scanner(options).scan(item.location(), item.branch(), ScanListener.NONE);
                        outcome = new Outcome(item, report, null);
                    } catch (WorkspaceException e) {
                        outcome = new Outcome(item, null, e.getMessage());
                    } catch (RuntimeException e) {
                        outcome = new Outcome(item, null, "internal error: " + e);
                    }
                    sink.accept(outcome);
                    return null;
                }));
            }
            int done = 0;
            for (Future<?> f : futures) {
                f.get();
                listener.progress(++done, items.size());
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancellationException ce) {
                throw ce;
            }
            throw new IllegalStateException("portfolio scan failed unexpectedly", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("scan interrupted");
        } finally {
            pool.shutdownNow();
        }
    }
}
