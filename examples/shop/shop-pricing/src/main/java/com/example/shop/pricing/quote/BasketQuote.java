package com.example.shop.pricing.quote;

import java.math.BigDecimal;
import java.util.List;

/** The priced basket: one quote per distinct SKU, in the order the SKUs first appeared. */
public record BasketQuote(
        List<Quote> lines,
        int itemCount,
        BigDecimal subtotal,
        BigDecimal discount,
        BigDecimal total,
        String currency) {
}
