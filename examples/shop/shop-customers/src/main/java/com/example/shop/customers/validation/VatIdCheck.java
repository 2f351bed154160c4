package com.example.shop.customers.validation;

import java.util.List;

/**
 * Result of a VAT id check.
 *
 * @param checksumVerified true when the country has a public check digit algorithm and it matched;
 *                         for other countries only the format was checked
 */
public record VatIdCheck(
        String input,
        String normalized,
        boolean valid,
        String countryCode,
        boolean checksumVerified,
        List<String> problems) {
}
