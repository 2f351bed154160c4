package fx;

import java.util.TimerTask;

public class CleanupTask extends TimerTask {

    // expect: trigger=cron rule=timer-task
    @Override
    public void run() {
    }
}
