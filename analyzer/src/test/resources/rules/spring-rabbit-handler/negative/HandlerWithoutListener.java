package fx;

import org.springframework.amqp.rabbit.annotation.RabbitHandler;

// @RabbitHandler means nothing without a class-level @RabbitListener
public class HandlerWithoutListener {

    @RabbitHandler
    public void orphan(String message) {
    }
}
