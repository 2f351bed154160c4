package fx;

import org.springframework.amqp.rabbit.annotation.RabbitListener;

public class RefundQueue {

    // expect: trigger=amqp destination=refunds rule=spring-rabbit-listener
    @RabbitListener(queues = "refunds")
    public void onRefund(String refund) {
    }
}
