package com.example.shop.partner;

import java.math.BigDecimal;
import java.util.Locale;

/** Reseller contract tiers with their discount on our list prices. */
public enum PartnerTier {
    BRONZE("5"),
    SILVER("10"),
    GOLD("15");

    private final BigDecimal discountPercent;

    PartnerTier(String discountPercent) {
        this.discountPercent = new BigDecimal(discountPercent);
    }

    public BigDecimal discountPercent() {
        return discountPercent;
    }

    public static PartnerTier parse(String tier) {
        if (tier == null) {
            throw new IllegalArgumentException("Partner tier is required");
        }
        try {
            return valueOf(tier.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown partner tier: " + tier);
        }
    }
}
