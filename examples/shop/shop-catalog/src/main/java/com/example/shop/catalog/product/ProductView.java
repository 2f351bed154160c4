package com.example.shop.catalog.product;

import java.math.BigDecimal;
import java.time.Instant;

/** A product as the API returns it. */
public record ProductView(
        long id,
        String sku,
        String name,
        String description,
        String category,
        BigDecimal listPrice,
        int weightGrams,
        int stockOnHand,
        boolean active,
        Instant updatedAt) {

    static ProductView from(Product product) {
        return new ProductView(product.getId(), product.getSku(), product.getName(), product.getDescription(),
                product.getCategory(), product.getListPrice(), product.getWeightGrams(), product.getStockOnHand(),
                product.isActive(), product.getUpdatedAt());
    }
}
