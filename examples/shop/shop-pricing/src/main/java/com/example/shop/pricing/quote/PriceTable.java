package com.example.shop.pricing.quote;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * List prices of the current season. The table is published with each release by the
 * merchandising team; it is small and read on every quote, so it lives in memory.
 */
@Component
public class PriceTable {

    /** All list prices are in euros; other currencies are converted at checkout. */
    public static final String CURRENCY = "EUR";

    private static final List<PriceEntry> SEASON_PRICES = List.of(
            new PriceEntry("MUG-001", "Enamel mug 0.3 l", new BigDecimal("12.90"), true),
            new PriceEntry("MUG-002", "Espresso cup set (2 pcs)", new BigDecimal("24.50"), true),
            new PriceEntry("TEE-BLK-M", "Organic T-shirt, black, M", new BigDecimal("29.00"), true),
            new PriceEntry("TEE-WHT-L", "Organic T-shirt, white, L", new BigDecimal("29.00"), true),
            new PriceEntry("BAG-CNV-01", "Canvas tote bag", new BigDecimal("14.95"), true),
            new PriceEntry("BOOK-COOK-01", "Cookbook \"Seasonal Kitchen\"", new BigDecimal("34.00"), true),
            new PriceEntry("COF-BEAN-1KG", "Coffee beans, 1 kg", new BigDecimal("21.90"), true),
            new PriceEntry("LAMP-DSK-01", "Desk lamp with dimmer", new BigDecimal("89.00"), true),
            new PriceEntry("GIFT-25", "Gift card 25 EUR", new BigDecimal("25.00"), false),
            new PriceEntry("GIFT-50", "Gift card 50 EUR", new BigDecimal("50.00"), false));

    private final Map<String, PriceEntry> bySku;

    public PriceTable() {
        this.bySku = SEASON_PRICES.stream().collect(Collectors.toUnmodifiableMap(PriceEntry::sku, Function.identity()));
    }

    /**
     * The price of an article; SKUs are matched case-insensitively and without surrounding blanks.
     *
     * @throws UnknownSkuException if there is no such article
     */
    public PriceEntry lookup(String sku) {
        if (sku == null || sku.isBlank()) {
            throw new IllegalArgumentException("SKU is required");
        }
        PriceEntry entry = bySku.get(sku.trim().toUpperCase(Locale.ROOT));
        if (entry == null) {
            throw new UnknownSkuException(sku.trim());
        }
        return entry;
    }

    public boolean contains(String sku) {
        return sku != null && bySku.containsKey(sku.trim().toUpperCase(Locale.ROOT));
    }
}
