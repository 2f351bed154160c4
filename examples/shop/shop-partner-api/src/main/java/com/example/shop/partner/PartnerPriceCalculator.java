package com.example.shop.partner;

import com.example.shop.platform.Money;
import com.example.shop.pricing.quote.PriceEntry;
import com.example.shop.pricing.quote.PriceTable;
import com.example.shop.pricing.quote.PricingMath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Contract prices for resellers: the tier discount on the list price, plus a carton discount for
 * lines of {@value #CARTON_QUANTITY} pieces or more. Prices are net; resellers handle tax themselves.
 */
@Component
public class PartnerPriceCalculator {

    static final int CARTON_QUANTITY = 100;
    static final BigDecimal CARTON_DISCOUNT_PERCENT = new BigDecimal("3");
    public static final BigDecimal MINIMUM_ORDER = new BigDecimal("250.00");

    private final PriceTable priceTable;

    public PartnerPriceCalculator(PriceTable priceTable) {
        this.priceTable = priceTable;
    }

    public PartnerQuote quote(PartnerQuoteRequest request) {
        if (request.partnerId() == null || request.partnerId().isBlank()) {
            throw new IllegalArgumentException("partnerId is required");
        }
        if (request.lines() == null || request.lines().isEmpty()) {
            throw new IllegalArgumentException("At least one line is required");
        }
        PartnerTier tier = PartnerTier.parse(request.tier());
        List<PartnerPriceLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (PartnerQuoteLine line : request.lines()) {
            PriceEntry entry = priceTable.lookup(line.sku());
            int quantity = PricingMath.requireQuantity(line.quantity());
            BigDecimal percent = entry.discountable() ? tier.discountPercent() : BigDecimal.ZERO;
            if (entry.discountable() && quantity >= CARTON_QUANTITY) {
                percent = percent.add(CARTON_DISCOUNT_PERCENT);
            }
            BigDecimal contractPrice = entry.unitPrice().subtract(Money.percentOf(entry.unitPrice(), percent));
            BigDecimal lineTotal = Money.round(contractPrice.multiply(BigDecimal.valueOf(quantity)));
            lines.add(new PartnerPriceLine(entry.sku(), quantity, entry.unitPrice(), percent, contractPrice, lineTotal));
            total = total.add(lineTotal);
        }
        return new PartnerQuote(request.partnerId().trim(), tier, List.copyOf(lines), Money.round(total),
                PriceTable.CURRENCY, total.compareTo(MINIMUM_ORDER) < 0);
    }
}
