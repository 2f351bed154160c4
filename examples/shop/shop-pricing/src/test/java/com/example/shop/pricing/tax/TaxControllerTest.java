package com.example.shop.pricing.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TaxControllerTest {

    private final TaxController controller = new TaxController(new TaxRateTable());

    @Test
    void addsTheStandardRateToANetAmount() {
        TaxBreakdown breakdown = controller.calculate("DE", new BigDecimal("100.00"), TaxCategory.STANDARD, false, null);

        assertThat(breakdown.ratePercent()).isEqualByComparingTo("19");
        assertThat(breakdown.tax()).isEqualByComparingTo("19.00");
        assertThat(breakdown.gross()).isEqualByComparingTo("119.00");
        assertThat(breakdown.reverseCharge()).isFalse();
        assertThat(breakdown.note()).isEmpty();
    }

    @Test
    void extractsTheTaxFromAGrossAmount() {
        TaxBreakdown breakdown = controller.calculate("DE", new BigDecimal("119.00"), TaxCategory.STANDARD, true, null);

        assertThat(breakdown.net()).isEqualByComparingTo("100.00");
        assertThat(breakdown.tax()).isEqualByComparingTo("19.00");
    }

    @Test
    void usesTheReducedRateOfTheRegion() {
        TaxBreakdown breakdown = controller.calculate("fr", new BigDecimal("10.00"), TaxCategory.REDUCED, false, null);

        assertThat(breakdown.region()).isEqualTo("FR");
        assertThat(breakdown.tax()).isEqualByComparingTo("0.55");
        assertThat(breakdown.gross()).isEqualByComparingTo("10.55");
    }

    @Test
    void usStatesAreTaxedInDollars() {
        TaxBreakdown breakdown = controller.calculate("US-CA", new BigDecimal("80.00"), TaxCategory.STANDARD, false, null);

        assertThat(breakdown.tax()).isEqualByComparingTo("5.80");
        assertThat(breakdown.currency()).isEqualTo("USD");
    }

    @Test
    void euBusinessCustomersAbroadPayByReverseCharge() {
        TaxBreakdown breakdown = controller.calculate("AT", new BigDecimal("250.00"), TaxCategory.STANDARD, false, "ATU12345678");

        assertThat(breakdown.reverseCharge()).isTrue();
        assertThat(breakdown.tax()).isEqualByComparingTo("0.00");
        assertThat(breakdown.gross()).isEqualByComparingTo("250.00");
        assertThat(breakdown.note()).startsWith("Reverse charge");
    }

    @Test
    void germanBusinessCustomersAreTaxedAsUsual() {
        TaxBreakdown breakdown = controller.calculate("DE", new BigDecimal("100.00"), TaxCategory.STANDARD, false, "DE136695976");

        assertThat(breakdown.reverseCharge()).isFalse();
        assertThat(breakdown.tax()).isEqualByComparingTo("19.00");
    }

    @Test
    void rejectsUnknownRegionsForeignVatIdsAndNegativeAmounts() {
        assertThatThrownBy(() -> controller.calculate("XX", BigDecimal.TEN, TaxCategory.STANDARD, false, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Unsupported region: XX");
        assertThatThrownBy(() -> controller.calculate("AT", BigDecimal.TEN, TaxCategory.STANDARD, false, "DE136695976"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> controller.calculate("DE", new BigDecimal("-1"), TaxCategory.STANDARD, false, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
