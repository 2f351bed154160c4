package com.example.shop.pricing.coupon;

/** What a coupon takes off the order. */
public enum CouponType {
    /** A percentage of the order total, optionally capped. */
    PERCENT,
    /** A fixed amount in euros, never more than the order total. */
    FIXED_AMOUNT,
    /** The shipping cost of the order. */
    FREE_SHIPPING
}
