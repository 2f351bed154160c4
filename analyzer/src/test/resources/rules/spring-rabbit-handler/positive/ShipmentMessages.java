package fx;

import org.springframework.amqp.rabbit.annotation.RabbitHandler;
import org.springframework.amqp.rabbit.annotation.RabbitListener;

@RabbitListener(queues = "shipments")
public class ShipmentMessages {

    // expect: trigger=amqp destination=shipments rule=spring-rabbit-handler
    @RabbitHandler
    public void onCreated(String created) {
    }

    // expect: trigger=amqp destination=shipments rule=spring-rabbit-handler
    @RabbitHandler(isDefault = true)
    public void onOther(Object other) {
    }
}
