package com.example.shop.orders.dispatch;

/** Sent by the warehouse management system when a parcel has left the building. */
public record DispatchConfirmation(String orderNumber, String carrier, String trackingNumber, int parcels) {
}
