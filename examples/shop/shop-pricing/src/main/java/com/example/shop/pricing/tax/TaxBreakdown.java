package com.example.shop.pricing.tax;

import java.math.BigDecimal;

/**
 * Net, tax and gross of one amount.
 *
 * @param reverseCharge true for EU business customers outside Germany: the buyer pays the VAT
 * @param note the legal note to print on the invoice, empty when none is needed
 */
public record TaxBreakdown(
        String region,
        TaxCategory category,
        BigDecimal ratePercent,
        BigDecimal net,
        BigDecimal tax,
        BigDecimal gross,
        String currency,
        boolean reverseCharge,
        String note) {
}
