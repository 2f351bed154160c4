package com.example.shop.orders.payment;

/**
 * The payment provider's verdict on an order, relayed by the payment gateway service.
 *
 * @param outcome {@code AUTHORIZED} or {@code FAILED}
 */
public record PaymentResult(String orderNumber, String outcome, String paymentReference, String failureReason) {

    public boolean authorized() {
        return "AUTHORIZED".equals(outcome);
    }
}
