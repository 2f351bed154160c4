package com.example.shop.pricing.quote;

import java.math.BigDecimal;

/** Volume discount tiers and quantity limits agreed with sales. */
public final class PricingMath {

    /** Larger quantities are B2B orders and go through the sales team. */
    public static final int MAX_QUANTITY_PER_LINE = 999;

    private static final int[] TIER_MIN_QUANTITY = {50, 20, 10, 5};
    private static final BigDecimal[] TIER_PERCENT = {
        new BigDecimal("12"), new BigDecimal("8"), new BigDecimal("5"), new BigDecimal("2")
    };

    private PricingMath() {
    }

    /** The volume discount in percent for one order line of {@code quantity} pieces. */
    public static BigDecimal volumeDiscountPercent(int quantity) {
        for (int tier = 0; tier < TIER_MIN_QUANTITY.length; tier++) {
            if (quantity >= TIER_MIN_QUANTITY[tier]) {
                return TIER_PERCENT[tier];
            }
        }
        return BigDecimal.ZERO;
    }

    /** @throws IllegalArgumentException unless 1 &le; quantity &le; {@value #MAX_QUANTITY_PER_LINE} */
    public static int requireQuantity(int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY_PER_LINE) {
            throw new IllegalArgumentException(String.format(
                    "Quantity must be between 1 and %d, was %d", MAX_QUANTITY_PER_LINE, quantity));
        }
        return quantity;
    }
}
