package com.example.shop.orders.order;

/** Lifecycle of an order. */
public enum OrderStatus {
    PENDING_PAYMENT,
    PAID,
    PAYMENT_FAILED,
    SHIPPED,
    DELIVERED,
    CANCELLED;

    /** No further change is expected; tracking streams stop here. */
    public boolean isFinal() {
        return this == DELIVERED || this == CANCELLED || this == PAYMENT_FAILED;
    }
}
