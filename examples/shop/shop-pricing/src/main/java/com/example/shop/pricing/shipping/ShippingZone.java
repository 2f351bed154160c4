package com.example.shop.pricing.shipping;

import java.math.BigDecimal;

/**
 * Parcel zones of our carrier contract, seen from the warehouse in Germany. Prices are per weight
 * band: up to 1, 2, 5, 10 and 31.5 kg.
 */
public enum ShippingZone {
    DOMESTIC(1, 2, "4.49", "5.49", "6.99", "9.49", "16.49"),
    EU_NEAR(2, 4, "9.99", "12.99", "17.99", "24.99", "39.99"),
    EU_FAR(3, 6, "12.99", "16.99", "22.99", "31.99", "49.99"),
    EUROPE_OTHER(3, 7, "14.99", "19.99", "27.99", "39.99", "59.99"),
    WORLD(6, 14, "24.99", "34.99", "49.99", "69.99", "109.99");

    /** Upper weight limits of the bands in grams; 31.5 kg is the carrier's parcel maximum. */
    static final int[] BAND_LIMIT_GRAMS = {1_000, 2_000, 5_000, 10_000, 31_500};

    private final int minDays;
    private final int maxDays;
    private final BigDecimal[] bandPrices;

    ShippingZone(int minDays, int maxDays, String... bandPrices) {
        this.minDays = minDays;
        this.maxDays = maxDays;
        this.bandPrices = new BigDecimal[bandPrices.length];
        for (int i = 0; i < bandPrices.length; i++) {
            this.bandPrices[i] = new BigDecimal(bandPrices[i]);
        }
    }

    public int minDays() {
        return minDays;
    }

    public int maxDays() {
        return maxDays;
    }

    /** The standard price of a parcel of {@code weightGrams} in this zone. */
    public BigDecimal priceFor(int weightGrams) {
        for (int band = 0; band < BAND_LIMIT_GRAMS.length; band++) {
            if (weightGrams <= BAND_LIMIT_GRAMS[band]) {
                return bandPrices[band];
            }
        }
        throw new IllegalArgumentException(String.format(
                "Parcels over %d g go by freight, this one weighs %d g",
                BAND_LIMIT_GRAMS[BAND_LIMIT_GRAMS.length - 1], weightGrams));
    }
}
