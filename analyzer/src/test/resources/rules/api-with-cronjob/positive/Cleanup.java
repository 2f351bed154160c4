package fx;

import org.springframework.scheduling.annotation.Scheduled;

public class Cleanup {

    // expect: trigger=cron rule=spring-scheduled patterns=api-with-cronjob
    @Scheduled(cron = "0 0 3 * * *")
    public void purge() {
    }
}
