package com.example.shop.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding rules for amounts of money. All prices in the shop are {@link BigDecimal}s with two
 * decimals; rounding happens once per line, never on intermediate results.
 */
public final class Money {

    public static final BigDecimal ZERO = new BigDecimal("0.00");
    public static final BigDecimal HUNDRED = new BigDecimal("100");

    private Money() {
    }

    /** Commercial rounding to cents (half up), as printed on invoices. */
    public static BigDecimal round(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code percent} % of {@code amount}, rounded to cents. */
    public static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return round(amount.multiply(percent).divide(HUNDRED, 6, RoundingMode.HALF_UP));
    }

    /** Fails on negative amounts; used to validate inputs from clients. */
    public static BigDecimal requireNonNegative(BigDecimal amount, String what) {
        if (amount == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + amount.toPlainString());
        }
        return amount;
    }
}
