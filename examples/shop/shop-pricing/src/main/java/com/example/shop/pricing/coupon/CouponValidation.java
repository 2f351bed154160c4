package com.example.shop.pricing.coupon;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of a coupon check.
 *
 * @param reasons why the coupon does not apply, in the order the checks ran; empty when valid
 */
public record CouponValidation(
        String code,
        boolean valid,
        BigDecimal discount,
        BigDecimal totalAfterDiscount,
        boolean freeShipping,
        List<String> reasons) {
}
