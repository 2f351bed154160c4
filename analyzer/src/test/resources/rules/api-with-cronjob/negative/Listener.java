package fx;

import org.springframework.jms.annotation.JmsListener;

public class Listener {

    // expect: trigger=jms patterns=publish-subscribe
    @JmsListener(destination = "purge.requests")
    public void purge(String request) {
    }
}
