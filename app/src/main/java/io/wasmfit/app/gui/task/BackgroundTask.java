package io.wasmfit.app.gui.task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A piece of long work a view model hands to a {@link TaskExecutor}: the work itself, run off the
 * UI thread, and what to do with its outcome, run on the UI thread. Exactly one of success,
 * failure or cancelled is called. Cancelling only raises a flag: the work polls
 * {@link #isCancelRequested()} (the engine does, through its listener) and stops with a
 * {@link CancellationException}.
 */
public final class BackgroundTask<T> {

    private final String name;
    private final Callable<T> work;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = failure -> { };
    private Runnable onCancelled = () -> { };

    private BackgroundTask(String name, Callable<T> work) {
        this.name = Objects.requireNonNull(name);
        this.work = Objects.requireNonNull(work);
    }

    /** {@code name} says what the work does, for thread names and the log ("scanning examples/shop"). */
    public static <T> BackgroundTask<T> of(String name, Callable<T> work) {
        return new BackgroundTask<>(name, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable handler) {
        this.onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    public String name() {
        return name;
    }

    public void cancel() {
        cancelRequested.set(true);
    }

    public boolean isCancelRequested() {
        return cancelRequested.get();
    }

    /** Runs the work on the calling thread and says how it ended; executors call this off the UI thread. */
    Outcome<T> runWork() {
        if (isCancelRequested()) {
            return Outcome.cancelled();
        }
        try {
            T result = work.call();
            return isCancelRequested() ? Outcome.cancelled() : Outcome.success(result);
        } catch (CancellationException e) {
            return Outcome.cancelled();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.cancelled();
        } catch (Exception | Error e) {
            return Outcome.failure(e);
        }
    }

    /** Hands the outcome to the handlers; executors call this on the UI thread. */
    void deliver(Outcome<T> outcome) {
        switch (outcome.kind()) {
            case SUCCESS -> onSuccess.accept(outcome.result());
            case FAILURE -> onFailure.accept(outcome.failure());
            case CANCELLED -> onCancelled.run();
        }
    }

    record Outcome<T>(Kind kind, T result, Throwable failure) {
        enum Kind { SUCCESS, FAILURE, CANCELLED }

        static <T> Outcome<T> success(T result) {
            return new Outcome<>(Kind.SUCCESS, result, null);
        }

        static <T> Outcome<T> failure(Throwable failure) {
            return new Outcome<>(Kind.FAILURE, null, failure);
        }

        static <T> Outcome<T> cancelled() {
            return new Outcome<>(Kind.CANCELLED, null, null);
        }
    }
}
