package com.example.shop.pricing.coupon;

import com.example.shop.platform.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Checks campaign coupons against an order. The campaign codes of the season ship with the
 * release; personal codes from the CRM are checked by the CRM itself.
 */
@Component
public class CouponValidator {

    static final int MIN_CODE_LENGTH = 4;
    static final int MAX_CODE_LENGTH = 16;
    private static final String DEFAULT_SEGMENT = "REGULAR";

    private static final List<Coupon> CAMPAIGNS = List.of(
            new Coupon("WELCOME10", CouponType.PERCENT, new BigDecimal("10"), new BigDecimal("20.00"),
                    new BigDecimal("30.00"), "NEW", 1),
            new Coupon("SPRING25", CouponType.PERCENT, new BigDecimal("25"), new BigDecimal("100.00"),
                    new BigDecimal("50.00"), null, 1),
            new Coupon("VIP15", CouponType.PERCENT, new BigDecimal("15"), Money.ZERO, null, "VIP", 1),
            new Coupon("FIVEOFF", CouponType.FIXED_AMOUNT, new BigDecimal("5.00"), new BigDecimal("25.00"),
                    null, null, 3),
            new Coupon("FREESHIP", CouponType.FREE_SHIPPING, Money.ZERO, new BigDecimal("40.00"), null, null, 1));

    /** Checks {@code request} and computes the discount; every failed rule is listed. */
    public CouponValidation validate(CouponRequest request) {
        BigDecimal total = Money.round(Money.requireNonNegative(request.orderTotal(), "Order total"));
        String code = request.code() == null ? "" : request.code().trim().toUpperCase(Locale.ROOT);
        if (!isWellFormed(code)) {
            return rejected(code, total, List.of(String.format(
                    "Coupon code must be %d to %d letters or digits", MIN_CODE_LENGTH, MAX_CODE_LENGTH)));
        }
        Coupon coupon = CAMPAIGNS.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
        if (coupon == null) {
            return rejected(code, total, List.of("Unknown coupon code " + code));
        }

        List<String> reasons = new ArrayList<>();
        if (total.compareTo(coupon.minimumOrder()) < 0) {
            reasons.add(String.format("Order total must be at least %s EUR", coupon.minimumOrder().toPlainString()));
        }
        if (request.itemCount() < coupon.minimumItems()) {
            reasons.add(String.format("Order must contain at least %d items", coupon.minimumItems()));
        }
        String segment = request.customerSegment() == null
                ? DEFAULT_SEGMENT : request.customerSegment().trim().toUpperCase(Locale.ROOT);
        if (coupon.requiredSegment() != null && !coupon.requiredSegment().equals(segment)) {
            reasons.add("Coupon is reserved for " + coupon.requiredSegment() + " customers");
        }
        if (!reasons.isEmpty()) {
            return rejected(code, total, reasons);
        }

        BigDecimal discount = discountOf(coupon, total);
        boolean freeShipping = coupon.type() == CouponType.FREE_SHIPPING;
        if (freeShipping && request.shippingCost() != null) {
            discount = Money.round(Money.requireNonNegative(request.shippingCost(), "Shipping cost"));
        }
        BigDecimal after = freeShipping ? total : total.subtract(discount);
        return new CouponValidation(code, true, discount, after, freeShipping, List.of());
    }

    private static BigDecimal discountOf(Coupon coupon, BigDecimal total) {
        return switch (coupon.type()) {
            case PERCENT -> {
                BigDecimal discount = Money.percentOf(total, coupon.value());
                yield coupon.maximumDiscount() != null && discount.compareTo(coupon.maximumDiscount()) > 0
                        ? coupon.maximumDiscount() : discount;
            }
            case FIXED_AMOUNT -> coupon.value().min(total);
            case FREE_SHIPPING -> Money.ZERO;
        };
    }

    private static boolean isWellFormed(String code) {
        if (code.length() < MIN_CODE_LENGTH || code.length() > MAX_CODE_LENGTH) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static CouponValidation rejected(String code, BigDecimal total, List<String> reasons) {
        return new CouponValidation(code, false, Money.ZERO, total, false, List.copyOf(reasons));
    }
}
