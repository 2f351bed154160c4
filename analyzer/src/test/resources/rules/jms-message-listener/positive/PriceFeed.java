package fx;

import jakarta.jms.Message;
import jakarta.jms.MessageListener;

public class PriceFeed implements MessageListener {

    // expect: trigger=jms rule=jms-message-listener
    @Override
    public void onMessage(Message message) {
    }
}
