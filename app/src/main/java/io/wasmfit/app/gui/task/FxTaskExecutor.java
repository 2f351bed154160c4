package io.wasmfit.app.gui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;

/** Runs tasks on daemon worker threads and delivers their outcome with {@link Platform#runLater}. */
public final class FxTaskExecutor implements TaskExecutor {

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "wasmfit-task-" + threads.incrementAndGet());
        t.setDaemon(true);
        // keep the UI thread ahead of the engine on a machine with few cores
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        workers.execute(() -> {
            BackgroundTask.Outcome<T> outcome = task.runWork();
            Platform.runLater(() -> task.deliver(outcome));
        });
        return task;
    }

    @Override
    public Runnable coalescing(Runnable update) {
        AtomicBoolean pending = new AtomicBoolean();
        return () -> {
            if (pending.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    pending.set(false);
                    update.run();
                });
            }
        };
    }

    @Override
    public void shutdown() {
        workers.shutdownNow();
    }
}
