package fx;

import java.util.Timer;

public class TimerCancel {

    private final Timer timer = new Timer();

    public void stop() {
        timer.cancel();
        timer.purge();
    }
}
