package fx;

// an application interface that happens to be called MessageListener
public class OwnListener implements MessageListener {

    public void onMessage(Object message) {
    }
}

interface MessageListener {
    void onMessage(Object message);
}
