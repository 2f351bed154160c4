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

    @Override
    public Runnable coalescing(Runnable update) {
        return update;
    }

    @Override
    public void shutdown() {
    }
}
