package com.example.shop.pricing.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CouponControllerTest {

    private final CouponController controller = new CouponController(new CouponValidator());

    @Test
    void welcomeCouponTakesTenPercentForNewCustomers() {
        CouponValidation result = controller.validate(
                new CouponRequest("welcome10", new BigDecimal("45.00"), 2, "NEW", null));

        assertThat(result.valid()).isTrue();
        assertThat(result.code()).isEqualTo("WELCOME10");
        assertThat(result.discount()).isEqualByComparingTo("4.50");
        assertThat(result.totalAfterDiscount()).isEqualByComparingTo("40.50");
        assertThat(result.reasons()).isEmpty();
    }

    @Test
    void percentDiscountsAreCapped() {
        CouponValidation result = controller.validate(
                new CouponRequest("SPRING25", new BigDecimal("300.00"), 4, null, null));

        assertThat(result.discount()).isEqualByComparingTo("50.00");
        assertThat(result.totalAfterDiscount()).isEqualByComparingTo("250.00");
    }

    @Test
    void listsEveryRuleTheOrderBreaks() {
        CouponValidation result = controller.validate(
                new CouponRequest("WELCOME10", new BigDecimal("10.00"), 1, "REGULAR", null));

        assertThat(result.valid()).isFalse();
        assertThat(result.discount()).isEqualByComparingTo("0.00");
        assertThat(result.reasons()).containsExactly(
                "Order total must be at least 20.00 EUR",
                "Coupon is reserved for NEW customers");
    }

    @Test
    void fixedAmountCouponsNeedEnoughItems() {
        CouponValidation result = controller.validate(
                new CouponRequest("FIVEOFF", new BigDecimal("30.00"), 2, null, null));

        assertThat(result.reasons()).containsExactly("Order must contain at least 3 items");
    }

    @Test
    void freeShippingTakesOffTheShippingCost() {
        CouponValidation result = controller.validate(
                new CouponRequest("FREESHIP", new BigDecimal("60.00"), 1, null, new BigDecimal("4.49")));

        assertThat(result.freeShipping()).isTrue();
        assertThat(result.discount()).isEqualByComparingTo("4.49");
        assertThat(result.totalAfterDiscount()).isEqualByComparingTo("60.00");
    }

    @Test
    void rejectsMalformedAndUnknownCodes() {
        assertThat(controller.validate(new CouponRequest("AB", new BigDecimal("50.00"), 1, null, null)).reasons())
                .containsExactly("Coupon code must be 4 to 16 letters or digits");
        assertThat(controller.validate(new CouponRequest("NOPE2024", new BigDecimal("50.00"), 1, null, null)).reasons())
                .containsExactly("Unknown coupon code NOPE2024");
    }
}
