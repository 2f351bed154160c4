package com.example.shop.catalog.stock;

import java.time.Duration;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Stock on hand per SKU in Redis. The product pages ask for stock far more often than it changes,
 * and the catalog database is shared with the warehouse system.
 */
@Component
public class StockLevelCache {

    private static final String KEY_PREFIX = "stock:";
    private static final Duration TTL = Duration.ofMinutes(5);

    private final StringRedisTemplate redis;

    public StockLevelCache(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public Optional<Integer> get(String sku) {
        String value = redis.opsForValue().get(KEY_PREFIX + sku);
        return value == null ? Optional.empty() : Optional.of(Integer.valueOf(value));
    }

    public void put(String sku, int stockOnHand) {
        redis.opsForValue().set(KEY_PREFIX + sku, Integer.toString(stockOnHand), TTL);
    }

    public void evict(String sku) {
        redis.delete(KEY_PREFIX + sku);
    }
}
