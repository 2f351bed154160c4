package fx;

import java.util.Timer;
import java.util.TimerTask;

public class Heartbeat {

    private final Timer timer = new Timer();

    public void start() {
        timer.scheduleAtFixedRate(new TimerTask() {
            // expect: trigger=cron cron="*/30 * * * * *" rule=timer-schedule
            @Override
            public void run() {
                beat();
            }
        }, 0, 30_000);
    }

    private void beat() {
    }
}
