package io.wasmfit.app.gui.project;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import io.wasmfit.analyzer.Analysis;
import io.wasmfit.analyzer.ScanListener;
import io.wasmfit.analyzer.ScanOptions;
import io.wasmfit.analyzer.Scanner;
import io.wasmfit.app.gui.task.BackgroundTask;
import io.wasmfit.app.gui.task.TaskExecutor;
import io.wasmfit.model.Report;
import io.wasmfit.rules.RuleSet;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One scan at a time: parse and index a folder or git URL, then score it, off the UI thread, with
 * the phase, the count of items done, the elapsed time, and a cancel that the engine honours
 * between units of work. The properties change on the UI thread only; the engine's per-file
 * progress is merged before it gets there.
 */
public final class ScanViewModel {

    /** What the scan is doing. CANCELLING lasts until the engine has actually stopped. */
    public enum State { IDLE, RUNNING, CANCELLING }

    /** What a finished scan hands over: the parsed workspace, its first report, and the rules used. */
    public record Result(Analysis analysis, Report report, RuleSet rules) {
    }

    /** Where the scan is told to look and how. */
    public record Request(String location, String branch, RuleSet rules, int jobs) {
    }

    /** How a scan ended for the caller: exactly one of these is called. */
    public interface Outcome {
        void succeeded(Result result);

        void failed(Throwable failure);

        void cancelled();
    }

    private final TaskExecutor executor;
    private final ScanOptions baseOptions;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper(this, "location", "");
    private final ReadOnlyObjectWrapper<ScanListener.Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper phaseText = new ReadOnlyStringWrapper(this, "phaseText", "");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyStringWrapper elapsedText = new ReadOnlyStringWrapper(this, "elapsedText", "");

    // written by engine threads, read on the UI thread
    private final AtomicReference<ScanListener.Phase> latestPhase = new AtomicReference<>();
    private final AtomicLong latestDone = new AtomicLong();
    private final AtomicLong latestTotal = new AtomicLong();
    private final Runnable publish;

    private BackgroundTask<Result> running;
    private long startNanos;

    public ScanViewModel(TaskExecutor executor, ScanOptions baseOptions) {
        this.executor = executor;
        this.baseOptions = baseOptions;
        this.publish = executor.coalescing(this::publishProgress);
    }

    /** Starts a scan; ignored (false) while one is running or stopping. */
    public boolean scan(Request request, Outcome outcome) {
        if (state.get() != State.IDLE) {
            return false;
        }
        location.set(request.location() + (request.branch() == null ? "" : " @ " + request.branch()));
        latestPhase.set(null);
        latestDone.set(0);
        latestTotal.set(0);
        startNanos = System.nanoTime();
        state.set(State.RUNNING);
        publishProgress();
        ScanOptions options = baseOptions.withJobs(request.jobs()).withRules(request.rules());
        AtomicReference<BackgroundTask<Result>> self = new AtomicReference<>();
        ScanListener listener = new ScanListener() {
            @Override
            public void phase(Phase p) {
                latestPhase.set(p);
                latestDone.set(0);
                latestTotal.set(0);
                publish.run();
            }

            @Override
            public void progress(long done, long total) {
                latestDone.set(done);
                latestTotal.set(total);
                publish.run();
            }

            @Override
            public boolean cancelled() {
                return self.get().isCancelRequested();
            }
        };
        running = BackgroundTask.of("scanning " + request.location(), () -> {
            Analysis analysis = new Scanner(options).analyze(request.location(), blankToNull(request.branch()), listener);
            Report report = analysis.report(request.rules(), listener);
            analysis.awaitCacheWritten(); // written while scoring; the next scan of this folder starts from it
            return new Result(analysis, report, request.rules());
        }).onSuccess(result -> {
            finish();
            outcome.succeeded(result);
        }).onFailure(failure -> {
            finish();
            outcome.failed(failure);
        }).onCancelled(() -> {
            finish();
            outcome.cancelled();
        });
        self.set(running);
        executor.execute(running);
        return true;
    }

    /** Asks the running scan to stop; it ends with {@link Outcome#cancelled()}. */
    public void cancel() {
        if (state.get() == State.RUNNING && running != null) {
            running.cancel();
            state.set(State.CANCELLING);
            phaseText.set("Cancelling…");
        }
    }

    /** Brings the elapsed time up to date; the view calls it from a UI timer while a scan runs. */
    public void refreshElapsed() {
        if (state.get() != State.IDLE) {
            elapsedText.set(formatElapsed(Duration.ofNanos(System.nanoTime() - startNanos)));
        }
    }

    private void finish() {
        running = null;
        state.set(State.IDLE);
    }

    private void publishProgress() {
        refreshElapsed();
        if (state.get() == State.CANCELLING) {
            return;
        }
        ScanListener.Phase p = latestPhase.get();
        long done = latestDone.get();
        long total = latestTotal.get();
        phase.set(p);
        phaseText.set(p == null ? "Starting…" : describe(p));
        progress.set(total > 0 ? Math.min(1.0, (double) done / total) : -1);
        countText.set(total > 0 ? done + " / " + total + " " + unit(p) : done > 0 ? done + " " + unit(p) : "");
    }

    static String describe(ScanListener.Phase p) {
        return switch (p) {
            case FETCHING -> "Fetching the repository";
            case LISTING -> "Listing files";
            case PARSING -> "Parsing Java files";
            case INDEXING -> "Indexing types and build files";
            case SCORING -> "Scoring entry points";
        };
    }

    private static String unit(ScanListener.Phase p) {
        if (p == null) {
            return "";
        }
        return switch (p) {
            case FETCHING -> "objects";
            case PARSING, LISTING, INDEXING -> "files";
            case SCORING -> "entry points";
        };
    }

    static String formatElapsed(Duration d) {
        long seconds = d.toSeconds();
        return seconds < 60 ? String.format("%.1f s", d.toMillis() / 1000.0)
                : String.format("%d min %02d s", seconds / 60, seconds % 60);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty locationProperty() {
        return location.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScanListener.Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** Done / total within the phase, or -1 when the total is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phaseTextProperty() {
        return phaseText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty elapsedTextProperty() {
        return elapsedText.getReadOnlyProperty();
    }
}
