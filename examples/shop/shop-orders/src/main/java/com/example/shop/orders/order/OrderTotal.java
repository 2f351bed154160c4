package com.example.shop.orders.order;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The gross total of an order converted into another currency, for customer service. */
public record OrderTotal(
        String orderNumber,
        BigDecimal grossTotal,
        String currency,
        BigDecimal convertedTotal,
        String convertedCurrency,
        BigDecimal rate,
        LocalDate rateDate) {
}
