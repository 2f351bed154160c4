package com.example.shop.catalog.stock;

import com.example.shop.catalog.product.ProductService;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stock levels for the product pages, served from Redis where possible. */
@RestController
@RequestMapping("/api/stock")
public class StockController {

    private final StockLevelCache cache;
    private final ProductService productService;

    public StockController(StockLevelCache cache, ProductService productService) {
        this.cache = cache;
        this.productService = productService;
    }

    // expect: trigger=http method=GET route=/api/stock/{sku} verdict=possible
    @GetMapping("/{sku}")
    public StockLevel stock(@PathVariable String sku) {
        String normalized = sku.trim().toUpperCase(Locale.ROOT);
        Optional<Integer> cached = cache.get(normalized);
        if (cached.isPresent()) {
            return StockLevel.of(normalized, cached.get(), "cache");
        }
        int onHand = productService.stockOnHand(normalized);
        cache.put(normalized, onHand);
        return StockLevel.of(normalized, onHand, "database");
    }
}
