package com.example.shop.customers.account;

/** Marketing segment of a customer; drives coupons and loyalty multipliers. */
public enum CustomerSegment {
    NEW,
    REGULAR,
    VIP
}
