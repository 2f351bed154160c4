package com.example.shop.catalog.stock;

import com.example.shop.catalog.product.Product;
import com.example.shop.catalog.product.ProductRepository;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the stock of the start page's products warm in Redis, so that the first visitor after a
 * cache expiry does not pay for the database round trip.
 */
@Component
public class StockCacheRefresher {

    private final ProductRepository products;
    private final StockLevelCache cache;

    public StockCacheRefresher(ProductRepository products, StockLevelCache cache) {
        this.products = products;
        this.cache = cache;
    }

    // expect: trigger=cron cron="0 */1 * * * *" verdict=possible
    @Scheduled(fixedRate = 60000)
    @Transactional(readOnly = true)
    public void refreshHotProducts() {
        List<Product> hot = products.findTop100ByActiveTrueOrderByUpdatedAtDesc();
        for (Product product : hot) {
            cache.put(product.getSku(), product.getStockOnHand());
        }
    }
}
