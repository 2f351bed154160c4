package com.example.shop.catalog.stock;

/**
 * A stock correction from the warehouse system.
 *
 * @param delta pieces added (positive, goods received) or removed (negative, damage or loss)
 * @param reason e.g. {@code GOODS_RECEIVED}, {@code STOCKTAKE}, {@code DAMAGED}
 */
public record InventoryAdjustment(String sku, int delta, String reason, String warehouseId) {
}
