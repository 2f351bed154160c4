package io.wasmfit.app.gui.task;

/**
 * Runs every task at once on the calling thread, handlers included: for view-model tests, which
 * then read the outcome right after the call that started the task.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        task.deliver(task.runWork());
        return task;
    }

    /** Runs {@code update} at once, one caller at a time (the engine reports from several threads). */
    @Override
    public Runnable coalescing(Runnable update) {
        Object lock = new Object();
        return () -> {
            synchronized (lock) {
                update.run();
            }
        };
    }

    @Override
    public void shutdown() {
    }
}
