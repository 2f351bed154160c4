package com.example.shop.platform.events;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Published inside the application when an order has been stored, and sent to Kafka for the other
 * services. Carries only what listeners need so that it stays stable when the order model changes.
 */
public record OrderPlacedEvent(
        String orderNumber,
        long customerId,
        String customerEmail,
        BigDecimal grossTotal,
        String currency,
        int itemCount,
        Instant placedAt) {
}
