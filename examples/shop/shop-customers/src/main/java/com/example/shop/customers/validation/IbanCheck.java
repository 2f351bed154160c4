package com.example.shop.customers.validation;

import java.util.List;

/**
 * Result of an IBAN check.
 *
 * @param normalized the IBAN without blanks, upper case
 * @param formatted the IBAN in groups of four, as printed on mandates
 * @param problems what is wrong with it, empty when valid
 */
public record IbanCheck(
        String input,
        String normalized,
        boolean valid,
        String countryCode,
        String formatted,
        List<String> problems) {
}
