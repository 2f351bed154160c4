package com.example.shop.pricing.quote;

import java.math.BigDecimal;

/** The price of one order line: list price times quantity, less the volume discount. */
public record Quote(
        String sku,
        String name,
        int quantity,
        BigDecimal unitPrice,
        BigDecimal volumeDiscountPercent,
        BigDecimal subtotal,
        BigDecimal discount,
        BigDecimal total,
        String currency) {
}
