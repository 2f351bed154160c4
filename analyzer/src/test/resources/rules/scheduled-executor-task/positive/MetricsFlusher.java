package fx;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

public class MetricsFlusher {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    public void start() {
        // expect: trigger=cron cron="0 */1 * * * *" source="fixedRate=1 MINUTES" rule=scheduled-executor-task
        scheduler.scheduleAtFixedRate(() -> flush(), 0, 1, TimeUnit.MINUTES);
        scheduler.scheduleWithFixedDelay(this::compact, 10, 10, TimeUnit.SECONDS);
    }

    private void flush() {
    }

    // expect: trigger=cron cron="*/10 * * * * *" rule=scheduled-executor-task
    private void compact() {
    }
}
