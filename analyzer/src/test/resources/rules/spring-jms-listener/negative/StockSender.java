package fx;

import org.springframework.jms.core.JmsTemplate;

public class StockSender {

    private JmsTemplate jms;

    public void send(String update) {
        jms.convertAndSend("stock.updates", update);
    }
}
