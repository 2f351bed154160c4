package com.example.shop.catalog.stock;

/**
 * Stock of one article as the storefront shows it.
 *
 * @param source {@code cache} or {@code database}, for the support team
 */
public record StockLevel(String sku, int available, boolean lowStock, String source) {

    /** Below this the product page says "only a few left". */
    public static final int LOW_STOCK_THRESHOLD = 5;

    public static StockLevel of(String sku, int available, String source) {
        return new StockLevel(sku, available, available < LOW_STOCK_THRESHOLD, source);
    }
}
