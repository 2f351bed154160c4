package fx;

import java.util.concurrent.TimeUnit;

import org.springframework.scheduling.annotation.Scheduled;

public class Housekeeping {

    // expect: trigger=cron cron="0 0 4 * * MON-FRI" source="0 0 4 * * 1-5" rule=spring-scheduled
    @Scheduled(cron = "0 0 4 * * 1-5")
    public void weekdays() {
    }

    // expect: trigger=cron cron="0 */5 * * * *" source="fixedDelay=5 MINUTES" rule=spring-scheduled
    @Scheduled(fixedDelay = 5, timeUnit = TimeUnit.MINUTES)
    public void everyFiveMinutes() {
    }
}
