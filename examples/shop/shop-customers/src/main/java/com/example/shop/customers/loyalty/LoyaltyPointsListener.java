package com.example.shop.customers.loyalty;

import com.example.shop.customers.account.CustomerSegment;
import com.example.shop.customers.account.CustomerService;
import com.example.shop.platform.events.OrderPlacedEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Credits loyalty points when an order is placed: one point per full euro, twice as many for VIP
 * customers. Orders in other currencies earn points once the finance team converts them.
 */
@Component
public class LoyaltyPointsListener {

    private static final Logger log = LoggerFactory.getLogger(LoyaltyPointsListener.class);

    private final CustomerService customerService;

    public LoyaltyPointsListener(CustomerService customerService) {
        this.customerService = customerService;
    }

    // expect: trigger=kafka destination=orders.placed verdict=possible
    @KafkaListener(topics = "orders.placed", groupId = "customers-loyalty")
    public void onOrderPlaced(OrderPlacedEvent event) {
        if (!"EUR".equals(event.currency())) {
            log.info("Order {} is in {}; points are credited after conversion", event.orderNumber(), event.currency());
            return;
        }
        long points = event.grossTotal().setScale(0, RoundingMode.DOWN).max(BigDecimal.ZERO).longValueExact();
        if (customerService.segmentOf(event.customerId()) == CustomerSegment.VIP) {
            points *= 2;
        }
        customerService.creditLoyaltyPoints(event.customerId(), points);
        log.debug("Credited {} points to customer {} for order {}", points, event.customerId(), event.orderNumber());
    }
}
