package io.wasmfit.app.gui.task;

/**
 * Runs {@link BackgroundTask}s off the UI thread and brings their outcome and progress back to it.
 * View models only talk to this interface, so their tests run with {@link CurrentThreadTaskExecutor}
 * and need no stage.
 */
public interface TaskExecutor {

    /** Starts the task; its handlers run later on the UI thread. */
    <T> BackgroundTask<T> execute(BackgroundTask<T> task);

    /**
     * A runnable that may be called from any thread, as often as wanted, and runs {@code update}
     * on the UI thread: calls made while a run is already pending are merged into it, so a worker
     * reporting every file cannot flood the UI thread.
     */
    Runnable coalescing(Runnable update);

    /** Stops the worker threads (the app is closing). */
    void shutdown();
}
