package com.example.shop.pricing.shipping;

import java.math.BigDecimal;

/** Shipping cost and delivery time of one parcel, as shown at checkout. */
public record ShippingEstimate(
        String country,
        ShippingZone zone,
        int weightGrams,
        boolean express,
        BigDecimal baseCost,
        BigDecimal surcharge,
        BigDecimal total,
        String currency,
        int minDays,
        int maxDays) {
}
