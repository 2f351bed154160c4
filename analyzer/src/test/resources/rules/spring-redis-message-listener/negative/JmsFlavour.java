package fx;

import jakarta.jms.Message;

// the Redis listener's method name and arity, but no Redis MessageListener
public class JmsFlavour {

    public void onMessage(Message message, byte[] pattern) {
    }
}
