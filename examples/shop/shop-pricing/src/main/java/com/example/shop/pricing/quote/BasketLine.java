package com.example.shop.pricing.quote;

/** One line of a basket as the storefront sends it. */
public record BasketLine(String sku, int quantity) {
}
