package com.example.shop.pricing.tax;

import com.example.shop.platform.Region;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * VAT and sales tax rates in percent, per region. Updated by accounting when a rate changes; the
 * US rates are the state base rates (local district taxes are added by the payment provider).
 */
@Component
public class TaxRateTable {

    private record Rates(BigDecimal standard, BigDecimal reduced) {
    }

    private final Map<Region, Rates> rates = new EnumMap<>(Region.class);

    public TaxRateTable() {
        put(Region.DE, "19", "7");
        put(Region.AT, "20", "10");
        put(Region.FR, "20", "5.5");
        put(Region.NL, "21", "9");
        put(Region.BE, "21", "6");
        put(Region.IT, "22", "10");
        put(Region.ES, "21", "10");
        put(Region.PL, "23", "8");
        put(Region.CH, "8.1", "2.6");
        put(Region.GB, "20", "5");
        put(Region.US_CA, "7.25", "0");
        put(Region.US_NY, "4", "0");
    }

    private void put(Region region, String standard, String reduced) {
        rates.put(region, new Rates(new BigDecimal(standard), new BigDecimal(reduced)));
    }

    /** The rate in percent for goods of {@code category} delivered to {@code region}. */
    public BigDecimal rateFor(Region region, TaxCategory category) {
        Rates regional = rates.get(region);
        if (regional == null) {
            throw new IllegalStateException("No tax rates configured for " + region.code());
        }
        return switch (category) {
            case STANDARD -> regional.standard();
            case REDUCED -> regional.reduced();
            case ZERO -> BigDecimal.ZERO;
        };
    }
}
