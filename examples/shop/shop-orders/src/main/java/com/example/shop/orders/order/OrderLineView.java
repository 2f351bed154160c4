package com.example.shop.orders.order;

import java.math.BigDecimal;

public record OrderLineView(String sku, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {

    static OrderLineView from(OrderLine line) {
        return new OrderLineView(line.getSku(), line.getQuantity(), line.getUnitPrice(), line.getLineTotal());
    }
}
