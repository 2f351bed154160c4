package com.example.shop.orders.labels;

/** Confirms that a shipping label went to the printer. */
public record LabelReceipt(String orderNumber, int printJobId, int labelCount) {
}
