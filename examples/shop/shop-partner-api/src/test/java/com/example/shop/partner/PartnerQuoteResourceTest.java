package com.example.shop.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.shop.pricing.quote.PriceTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerQuoteResourceTest {

    private final PartnerQuoteResource resource =
            new PartnerQuoteResource(new PartnerPriceCalculator(new PriceTable()));

    @Test
    void goldPartnersGetTheirTierAndTheCartonDiscount() {
        PartnerQuote quote = resource.contractPrice(new PartnerQuoteRequest("P-1001", "gold", List.of(
                new PartnerQuoteLine("MUG-001", 120),
                new PartnerQuoteLine("GIFT-25", 2))));

        assertThat(quote.tier()).isEqualTo(PartnerTier.GOLD);
        PartnerPriceLine mugs = quote.lines().get(0);
        assertThat(mugs.discountPercent()).isEqualByComparingTo("18");
        assertThat(mugs.contractPrice()).isEqualByComparingTo("10.58");
        assertThat(mugs.lineTotal()).isEqualByComparingTo("1269.60");
        assertThat(quote.lines().get(1).lineTotal()).isEqualByComparingTo("50.00");
        assertThat(quote.netTotal()).isEqualByComparingTo("1319.60");
        assertThat(quote.belowMinimumOrder()).isFalse();
    }

    @Test
    void flagsOrdersBelowThePartnerMinimum() {
        PartnerQuote quote = resource.contractPrice(
                new PartnerQuoteRequest("P-2002", "SILVER", List.of(new PartnerQuoteLine("TEE-BLK-M", 5))));

        assertThat(quote.netTotal()).isEqualByComparingTo("130.50");
        assertThat(quote.belowMinimumOrder()).isTrue();
    }

    @Test
    void rejectsUnknownTiersAndEmptyRequests() {
        assertThatThrownBy(() -> resource.contractPrice(
                new PartnerQuoteRequest("P-1001", "PLATINUM", List.of(new PartnerQuoteLine("MUG-001", 1)))))
                .hasMessage("Unknown partner tier: PLATINUM");
        assertThatThrownBy(() -> resource.contractPrice(new PartnerQuoteRequest("P-1001", "GOLD", List.of())))
                .hasMessage("At least one line is required");
    }
}
