package com.example.shop.pricing.coupon;

import java.math.BigDecimal;

/**
 * A coupon the customer typed at checkout, with the order it should apply to.
 *
 * @param customerSegment {@code NEW}, {@code REGULAR} or {@code VIP}; {@code null} means REGULAR
 * @param shippingCost the shipping cost of the order, {@code null} when not known yet
 */
public record CouponRequest(
        String code,
        BigDecimal orderTotal,
        int itemCount,
        String customerSegment,
        BigDecimal shippingCost) {
}
