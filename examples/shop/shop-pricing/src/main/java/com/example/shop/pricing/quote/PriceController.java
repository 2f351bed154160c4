package com.example.shop.pricing.quote;

import com.example.shop.platform.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Prices shown in the storefront: single articles and whole baskets. */
@RestController
@RequestMapping("/api/pricing")
public class PriceController {

    private final PriceTable priceTable;

    public PriceController(PriceTable priceTable) {
        this.priceTable = priceTable;
    }

    /** Price of {@code qty} pieces of one article, with the volume discount applied. */
    // expect: trigger=http method=GET route=/api/pricing/quote verdict=strong
    @GetMapping("/quote")
    public Quote quote(@RequestParam("sku") String sku,
                       @RequestParam(name = "qty", defaultValue = "1") int qty) {
        PriceEntry entry = priceTable.lookup(sku);
        PricingMath.requireQuantity(qty);
        BigDecimal subtotal = Money.round(entry.unitPrice().multiply(BigDecimal.valueOf(qty)));
        BigDecimal percent = entry.discountable() ? PricingMath.volumeDiscountPercent(qty) : BigDecimal.ZERO;
        BigDecimal discount = Money.percentOf(subtotal, percent);
        return new Quote(entry.sku(), entry.name(), qty, entry.unitPrice(), percent,
                subtotal, discount, subtotal.subtract(discount), PriceTable.CURRENCY);
    }

    /**
     * Prices a whole basket. Lines with the same SKU are merged first, so that splitting a line
     * does not lose the volume discount.
     */
    // expect: trigger=http method=POST route=/api/pricing/quote verdict=strong
    @PostMapping("/quote")
    public BasketQuote quoteBasket(@RequestBody BasketRequest request) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (BasketLine line : request.lines()) {
            quantities.merge(priceTable.lookup(line.sku()).sku(), line.quantity(), Integer::sum);
        }
        List<Quote> quotes = new ArrayList<>();
        int items = 0;
        BigDecimal subtotal = BigDecimal.ZERO;
        BigDecimal discount = BigDecimal.ZERO;
        for (Map.Entry<String, Integer> line : quantities.entrySet()) {
            Quote quote = quote(line.getKey(), line.getValue());
            quotes.add(quote);
            items += quote.quantity();
            subtotal = subtotal.add(quote.subtotal());
            discount = discount.add(quote.discount());
        }
        return new BasketQuote(List.copyOf(quotes), items, Money.round(subtotal), Money.round(discount),
                Money.round(subtotal.subtract(discount)), PriceTable.CURRENCY);
    }
}
