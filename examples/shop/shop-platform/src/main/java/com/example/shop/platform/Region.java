package com.example.shop.platform;

import java.util.Locale;

/**
 * A tax and delivery region the shop sells into. Most regions are whole countries; the United
 * States are split by state because sales tax is a state matter.
 */
public enum Region {
    DE("DE", "Germany", "EUR"),
    AT("AT", "Austria", "EUR"),
    FR("FR", "France", "EUR"),
    NL("NL", "Netherlands", "EUR"),
    BE("BE", "Belgium", "EUR"),
    IT("IT", "Italy", "EUR"),
    ES("ES", "Spain", "EUR"),
    PL("PL", "Poland", "PLN"),
    CH("CH", "Switzerland", "CHF"),
    GB("GB", "United Kingdom", "GBP"),
    US_CA("US-CA", "United States, California", "USD"),
    US_NY("US-NY", "United States, New York", "USD");

    private final String code;
    private final String displayName;
    private final String currency;

    Region(String code, String displayName, String currency) {
        this.code = code;
        this.displayName = displayName;
        this.currency = currency;
    }

    /** The code used in URLs and in the order table, e.g. {@code DE} or {@code US-CA}. */
    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    /** ISO 4217 code of the currency prices are shown in for this region. */
    public String currency() {
        return currency;
    }

    /** The ISO 3166 country of this region ({@code US} for both US states). */
    public String countryCode() {
        return code.substring(0, 2);
    }

    public boolean isEuropeanUnion() {
        return this != CH && this != GB && this != US_CA && this != US_NY;
    }

    /**
     * Parses a region code case-insensitively; {@code us_ca} and {@code US-CA} are the same region.
     *
     * @throws IllegalArgumentException if the shop does not sell into that region
     */
    public static Region fromCode(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("Region is required");
        }
        String normalized = code.trim().toUpperCase(Locale.ROOT).replace('_', '-');
        for (Region region : values()) {
            if (region.code.equals(normalized)) {
                return region;
            }
        }
        throw new IllegalArgumentException("Unsupported region: " + code.trim());
    }
}
