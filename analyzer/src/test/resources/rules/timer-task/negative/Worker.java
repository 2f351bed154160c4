package fx;

// a Runnable's run() is not a scheduled task by itself
public class Worker implements Runnable {

    @Override
    public void run() {
    }
}
