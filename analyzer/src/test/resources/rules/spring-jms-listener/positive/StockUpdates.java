package fx;

import org.springframework.jms.annotation.JmsListener;

public class StockUpdates {

    // expect: trigger=jms destination=stock.updates rule=spring-jms-listener
    @JmsListener(destination = "stock.updates")
    public void onUpdate(String update) {
    }
}
