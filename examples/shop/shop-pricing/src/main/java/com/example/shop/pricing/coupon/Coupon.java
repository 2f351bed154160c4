package com.example.shop.pricing.coupon;

import java.math.BigDecimal;

/**
 * A campaign coupon.
 *
 * @param value percent for {@link CouponType#PERCENT}, euros for {@link CouponType#FIXED_AMOUNT},
 *              ignored for {@link CouponType#FREE_SHIPPING}
 * @param maximumDiscount cap in euros, or {@code null} for no cap
 * @param requiredSegment the customer segment the coupon is reserved for, or {@code null}
 */
public record Coupon(
        String code,
        CouponType type,
        BigDecimal value,
        BigDecimal minimumOrder,
        BigDecimal maximumDiscount,
        String requiredSegment,
        int minimumItems) {
}
