package com.example.shop.catalog.stock;

import com.example.shop.catalog.product.ProductService;
import com.example.shop.platform.messaging.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Applies the warehouse's stock corrections to the catalog and drops the cached level. */
@Component
public class InventoryAdjustmentListener {

    private static final Logger log = LoggerFactory.getLogger(InventoryAdjustmentListener.class);

    private final ProductService productService;
    private final StockLevelCache cache;

    public InventoryAdjustmentListener(ProductService productService, StockLevelCache cache) {
        this.productService = productService;
        this.cache = cache;
    }

    // expect: trigger=kafka destination=inventory.adjusted verdict=possible
    @KafkaListener(topics = Topics.INVENTORY_ADJUSTED, groupId = "catalog-inventory")
    public void onAdjustment(InventoryAdjustment adjustment) {
        int onHand = productService.adjustStock(adjustment.sku(), adjustment.delta());
        cache.evict(adjustment.sku());
        log.info("Stock of {} adjusted by {} ({}, warehouse {}): now {}", adjustment.sku(), adjustment.delta(),
                adjustment.reason(), adjustment.warehouseId(), onHand);
    }
}
