package com.example.shop.platform.messaging;

/**
 * Kafka topics shared between modules. Producers and consumers refer to these names so that a
 * rename happens in one place.
 */
public final class Topics {

    /** An order was placed and paid for or is awaiting payment; payload {@code OrderPlacedEvent}. */
    public static final String ORDERS_PLACED = "orders.placed";

    /** The warehouse counted stock or received goods; payload {@code InventoryAdjustment}. */
    public static final String INVENTORY_ADJUSTED = "inventory.adjusted";

    private Topics() {
    }
}
