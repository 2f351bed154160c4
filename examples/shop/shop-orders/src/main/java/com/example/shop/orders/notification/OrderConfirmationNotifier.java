package com.example.shop.orders.notification;

import com.example.shop.platform.events.OrderPlacedEvent;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Sends the order confirmation e-mail as soon as an order is stored. */
@Component
public class OrderConfirmationNotifier {

    private final NotificationClient notifications;

    public OrderConfirmationNotifier(NotificationClient notifications) {
        this.notifications = notifications;
    }

    // expect: trigger=spring-event destination=OrderPlacedEvent verdict=possible
    @EventListener
    public void onOrderPlaced(OrderPlacedEvent event) {
        notifications.send("order-confirmation", event.customerEmail(), "order-confirmation:" + event.orderNumber(),
                Map.of("orderNumber", event.orderNumber(),
                        "total", event.grossTotal().toPlainString(),
                        "currency", event.currency(),
                        "items", event.itemCount()));
    }
}
