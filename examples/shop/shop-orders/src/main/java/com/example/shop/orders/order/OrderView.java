package com.example.shop.orders.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order as the API returns it. */
public record OrderView(
        long id,
        String orderNumber,
        long customerId,
        OrderStatus status,
        String shippingRegion,
        String currency,
        BigDecimal netTotal,
        BigDecimal taxTotal,
        BigDecimal grossTotal,
        String trackingNumber,
        Instant createdAt,
        List<OrderLineView> lines) {

    public static OrderView from(Order order) {
        return new OrderView(order.getId(), order.getOrderNumber(), order.getCustomerId(), order.getStatus(),
                order.getShippingRegion(), order.getCurrency(), order.getNetTotal(), order.getTaxTotal(),
                order.getGrossTotal(), order.getTrackingNumber(), order.getCreatedAt(),
                order.getLines().stream().map(OrderLineView::from).toList());
    }
}
