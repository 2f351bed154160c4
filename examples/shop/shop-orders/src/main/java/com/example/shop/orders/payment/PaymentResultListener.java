package com.example.shop.orders.payment;

import com.example.shop.orders.order.OrderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/** Moves orders to PAID or PAYMENT_FAILED when the payment gateway reports back. */
@Component
public class PaymentResultListener {

    private static final Logger log = LoggerFactory.getLogger(PaymentResultListener.class);

    private final OrderService orderService;

    public PaymentResultListener(OrderService orderService) {
        this.orderService = orderService;
    }

    // expect: trigger=amqp destination=payments.results verdict=possible
    @RabbitListener(queues = "payments.results")
    public void onPaymentResult(PaymentResult result) {
        if (result.authorized()) {
            orderService.markPaid(result.orderNumber(), result.paymentReference());
        } else {
            log.warn("Payment for order {} failed: {}", result.orderNumber(), result.failureReason());
            orderService.markPaymentFailed(result.orderNumber());
        }
    }
}
