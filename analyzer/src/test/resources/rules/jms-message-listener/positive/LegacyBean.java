package fx;

import javax.ejb.MessageDriven;
import javax.jms.Message;
import javax.jms.MessageListener;

@MessageDriven(mappedName = "jms/orders")
public class LegacyBean implements MessageListener {

    // expect: trigger=jms destination=jms/orders rule=jms-message-listener
    public void onMessage(Message message) {
    }
}
