package com.example.shop.pricing.shipping;

import com.example.shop.platform.Money;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Shipping cost from our carrier contract: zone by country, band by weight, then surcharges. */
@Component
public class ShippingCostEstimator {

    private static final Map<String, ShippingZone> ZONE_BY_COUNTRY = Map.ofEntries(
            Map.entry("DE", ShippingZone.DOMESTIC),
            Map.entry("AT", ShippingZone.EU_NEAR), Map.entry("NL", ShippingZone.EU_NEAR),
            Map.entry("BE", ShippingZone.EU_NEAR), Map.entry("LU", ShippingZone.EU_NEAR),
            Map.entry("DK", ShippingZone.EU_NEAR), Map.entry("FR", ShippingZone.EU_NEAR),
            Map.entry("PL", ShippingZone.EU_NEAR), Map.entry("CZ", ShippingZone.EU_NEAR),
            Map.entry("IT", ShippingZone.EU_FAR), Map.entry("ES", ShippingZone.EU_FAR),
            Map.entry("PT", ShippingZone.EU_FAR), Map.entry("SE", ShippingZone.EU_FAR),
            Map.entry("FI", ShippingZone.EU_FAR), Map.entry("IE", ShippingZone.EU_FAR),
            Map.entry("GR", ShippingZone.EU_FAR), Map.entry("HU", ShippingZone.EU_FAR),
            Map.entry("SK", ShippingZone.EU_FAR), Map.entry("SI", ShippingZone.EU_FAR),
            Map.entry("HR", ShippingZone.EU_FAR), Map.entry("RO", ShippingZone.EU_FAR),
            Map.entry("CH", ShippingZone.EUROPE_OTHER), Map.entry("GB", ShippingZone.EUROPE_OTHER),
            Map.entry("NO", ShippingZone.EUROPE_OTHER), Map.entry("LI", ShippingZone.EUROPE_OTHER));

    /** Destinations the carrier does not serve (sanctions, no contract). */
    private static final Set<String> NOT_SERVED = Set.of("RU", "BY", "KP", "IR", "SY", "CU");

    /** German islands reached by ferry only; the carrier charges extra. */
    private static final Set<String> ISLAND_POSTCODES = Set.of("18565", "25849", "25859", "25863",
            "25869", "25938", "25946", "25980", "25992", "25996", "25997", "25999", "26465", "26474",
            "26486", "26548", "26571", "26579", "26757", "27498");

    private static final BigDecimal ISLAND_SURCHARGE = new BigDecimal("3.50");
    private static final BigDecimal EXPRESS_DOMESTIC = new BigDecimal("9.90");
    private static final BigDecimal EXPRESS_EU_NEAR = new BigDecimal("19.90");

    /**
     * Estimates the cost of one parcel.
     *
     * @param postcode optional; only used to detect island surcharges in Germany
     * @throws IllegalArgumentException for unknown or unserved countries, bad weights, or express
     *                                  outside the zones that offer it
     */
    public ShippingEstimate estimate(String country, int weightGrams, boolean express, String postcode) {
        String countryCode = normalizeCountry(country);
        if (weightGrams <= 0) {
            throw new IllegalArgumentException("Weight must be positive, was " + weightGrams + " g");
        }
        ShippingZone zone = ZONE_BY_COUNTRY.getOrDefault(countryCode, ShippingZone.WORLD);
        BigDecimal base = zone.priceFor(weightGrams);
        BigDecimal surcharge = BigDecimal.ZERO;
        int minDays = zone.minDays();
        int maxDays = zone.maxDays();

        if (express) {
            surcharge = surcharge.add(switch (zone) {
                case DOMESTIC -> EXPRESS_DOMESTIC;
                case EU_NEAR -> EXPRESS_EU_NEAR;
                default -> throw new IllegalArgumentException("Express delivery is not offered to " + countryCode);
            });
            minDays = 1;
            maxDays = zone == ShippingZone.DOMESTIC ? 1 : 2;
        }
        if (zone == ShippingZone.DOMESTIC && isIsland(postcode)) {
            surcharge = surcharge.add(ISLAND_SURCHARGE);
            maxDays += 1;
        }
        return new ShippingEstimate(countryCode, zone, weightGrams, express, base, Money.round(surcharge),
                Money.round(base.add(surcharge)), "EUR", minDays, maxDays);
    }

    private static String normalizeCountry(String country) {
        String code = country == null ? "" : country.trim().toUpperCase(Locale.ROOT);
        if (code.length() != 2 || !Character.isLetter(code.charAt(0)) || !Character.isLetter(code.charAt(1))) {
            throw new IllegalArgumentException("Country must be an ISO 3166 alpha-2 code, was '" + country + "'");
        }
        if (NOT_SERVED.contains(code)) {
            throw new IllegalArgumentException("We do not ship to " + code);
        }
        return code;
    }

    private static boolean isIsland(String postcode) {
        if (postcode == null) {
            return false;
        }
        String digits = postcode.trim();
        return digits.length() == 5 && ISLAND_POSTCODES.contains(digits);
    }
}
