package com.example.shop.orders.dispatch;

import com.example.shop.orders.order.OrderService;
import org.springframework.jms.annotation.JmsListener;
import org.springframework.stereotype.Component;

/** The warehouse system speaks JMS (ActiveMQ Artemis); it confirms every dispatched order. */
@Component
public class DispatchConfirmationListener {

    private final OrderService orderService;

    public DispatchConfirmationListener(OrderService orderService) {
        this.orderService = orderService;
    }

    // expect: trigger=jms destination=warehouse.dispatch.confirmed verdict=possible
    @JmsListener(destination = "warehouse.dispatch.confirmed")
    public void onDispatched(DispatchConfirmation confirmation) {
        orderService.markShipped(confirmation.orderNumber(), confirmation.trackingNumber());
    }
}
