package com.example.shop.pricing.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class ShippingControllerTest {

    private final ShippingController controller = new ShippingController();

    ShippingControllerTest() {
        ReflectionTestUtils.setField(controller, "estimator", new ShippingCostEstimator());
    }

    @Test
    void domesticParcelUnderOneKilo() {
        ShippingEstimate estimate = controller.estimate("DE", 800, false, null);

        assertThat(estimate.zone()).isEqualTo(ShippingZone.DOMESTIC);
        assertThat(estimate.total()).isEqualByComparingTo("4.49");
        assertThat(estimate.minDays()).isEqualTo(1);
        assertThat(estimate.maxDays()).isEqualTo(2);
    }

    @Test
    void expressAddsItsSurchargeAndShortensDelivery() {
        ShippingEstimate estimate = controller.estimate("de", 1200, true, "10115");

        assertThat(estimate.baseCost()).isEqualByComparingTo("5.49");
        assertThat(estimate.surcharge()).isEqualByComparingTo("9.90");
        assertThat(estimate.total()).isEqualByComparingTo("15.39");
        assertThat(estimate.maxDays()).isEqualTo(1);
    }

    @Test
    void islandsCostExtraAndTakeADayLonger() {
        ShippingEstimate estimate = controller.estimate("DE", 2500, false, "25938");

        assertThat(estimate.total()).isEqualByComparingTo("10.49");
        assertThat(estimate.maxDays()).isEqualTo(3);
    }

    @Test
    void farZonesAndTheRestOfTheWorld() {
        assertThat(controller.estimate("IT", 12000, false, null).total()).isEqualByComparingTo("49.99");
        assertThat(controller.estimate("US", 500, false, null).zone()).isEqualTo(ShippingZone.WORLD);
        assertThat(controller.estimate("US", 500, false, null).total()).isEqualByComparingTo("24.99");
    }

    @Test
    void refusesWhatTheCarrierDoesNotCarry() {
        assertThatThrownBy(() -> controller.estimate("IT", 500, true, null))
                .hasMessage("Express delivery is not offered to IT");
        assertThatThrownBy(() -> controller.estimate("DE", 40000, false, null))
                .hasMessage("Parcels over 31500 g go by freight, this one weighs 40000 g");
        assertThatThrownBy(() -> controller.estimate("RU", 500, false, null)).hasMessage("We do not ship to RU");
        assertThatThrownBy(() -> controller.estimate("Germany", 500, false, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> controller.estimate("DE", 0, false, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
