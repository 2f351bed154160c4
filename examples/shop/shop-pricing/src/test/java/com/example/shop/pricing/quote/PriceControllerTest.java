package com.example.shop.pricing.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceControllerTest {

    private final PriceController controller = new PriceController(new PriceTable());

    @Test
    void quotesListPriceTimesQuantityBelowTheFirstTier() {
        Quote quote = controller.quote("MUG-001", 3);

        assertThat(quote.unitPrice()).isEqualByComparingTo("12.90");
        assertThat(quote.subtotal()).isEqualByComparingTo("38.70");
        assertThat(quote.discount()).isEqualByComparingTo("0.00");
        assertThat(quote.total()).isEqualByComparingTo("38.70");
        assertThat(quote.currency()).isEqualTo("EUR");
    }

    @Test
    void appliesTheVolumeTierOfTheQuantity() {
        Quote quote = controller.quote("mug-001", 12);

        assertThat(quote.sku()).isEqualTo("MUG-001");
        assertThat(quote.volumeDiscountPercent()).isEqualByComparingTo("5");
        assertThat(quote.discount()).isEqualByComparingTo("7.74");
        assertThat(quote.total()).isEqualByComparingTo("147.06");
    }

    @Test
    void highestTierStartsAtFiftyPieces() {
        Quote quote = controller.quote("TEE-BLK-M", 50);

        assertThat(quote.subtotal()).isEqualByComparingTo("1450.00");
        assertThat(quote.discount()).isEqualByComparingTo("174.00");
        assertThat(quote.total()).isEqualByComparingTo("1276.00");
    }

    @Test
    void giftCardsAreNeverDiscounted() {
        Quote quote = controller.quote("GIFT-50", 60);

        assertThat(quote.volumeDiscountPercent()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(quote.total()).isEqualByComparingTo("3000.00");
    }

    @Test
    void rejectsUnknownSkusAndBadQuantities() {
        assertThatThrownBy(() -> controller.quote("SKU-404", 1))
                .isInstanceOf(UnknownSkuException.class).hasMessage("Unknown SKU: SKU-404");
        assertThatThrownBy(() -> controller.quote("MUG-001", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Quantity must be between 1 and 999, was 0");
        assertThatThrownBy(() -> controller.quote("MUG-001", 1000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mergesBasketLinesOfTheSameSkuBeforeApplyingTiers() {
        BasketQuote basket = controller.quoteBasket(new BasketRequest(List.of(
                new BasketLine("MUG-001", 3),
                new BasketLine("BAG-CNV-01", 1),
                new BasketLine("mug-001", 2))));

        assertThat(basket.lines()).extracting(Quote::sku).containsExactly("MUG-001", "BAG-CNV-01");
        assertThat(basket.lines().get(0).quantity()).isEqualTo(5);
        assertThat(basket.itemCount()).isEqualTo(6);
        assertThat(basket.subtotal()).isEqualByComparingTo("79.45");
        assertThat(basket.discount()).isEqualByComparingTo("1.29");
        assertThat(basket.total()).isEqualByComparingTo("78.16");
    }

    @Test
    void anEmptyBasketIsRejected() {
        assertThatThrownBy(() -> new BasketRequest(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
