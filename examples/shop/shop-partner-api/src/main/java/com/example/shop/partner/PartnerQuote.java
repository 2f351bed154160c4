package com.example.shop.partner;

import java.math.BigDecimal;
import java.util.List;

/**
 * Contract prices for a reseller.
 *
 * @param belowMinimumOrder partners order at least {@link PartnerPriceCalculator#MINIMUM_ORDER}
 *                          net; below that the order desk adds a handling fee
 */
public record PartnerQuote(
        String partnerId,
        PartnerTier tier,
        List<PartnerPriceLine> lines,
        BigDecimal netTotal,
        String currency,
        boolean belowMinimumOrder) {
}
