package fx;

import org.springframework.amqp.rabbit.core.RabbitTemplate;

public class RefundSender {

    private RabbitTemplate rabbit;

    public void send(String refund) {
        rabbit.convertAndSend("refunds", refund);
    }
}
