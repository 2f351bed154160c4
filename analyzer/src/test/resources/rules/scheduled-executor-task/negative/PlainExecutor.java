package fx;

import java.util.concurrent.ExecutorService;

// a task handed to a plain executor runs once, now: not a schedule
public class PlainExecutor {

    private ExecutorService pool;

    public void start() {
        pool.submit(() -> System.out.println("once"));
    }
}
