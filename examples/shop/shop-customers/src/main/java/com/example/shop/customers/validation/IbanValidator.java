package com.example.shop.customers.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Checks IBANs for SEPA direct debit mandates: country, length and the ISO 7064 mod-97 check
 * digits. It does not check that the account exists; the bank does that on the first debit.
 */
@Component
public class IbanValidator {

    /** IBAN lengths of the SEPA countries we accept mandates from. */
    private static final Map<String, Integer> LENGTH_BY_COUNTRY = Map.ofEntries(
            Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("CH", 21), Map.entry("CZ", 24),
            Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("ES", 24), Map.entry("FI", 18),
            Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("IE", 22), Map.entry("IT", 27),
            Map.entry("LI", 21), Map.entry("LU", 20), Map.entry("NL", 18), Map.entry("NO", 15),
            Map.entry("PL", 28), Map.entry("PT", 25), Map.entry("SE", 24));

    public IbanCheck check(String input) {
        String iban = input == null ? "" : input.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
        List<String> problems = new ArrayList<>();
        String country = "";
        if (iban.isEmpty()) {
            problems.add("IBAN is empty");
        } else if (iban.length() < 5 || !isLetter(iban.charAt(0)) || !isLetter(iban.charAt(1))
                || !isDigit(iban.charAt(2)) || !isDigit(iban.charAt(3))) {
            problems.add("IBAN must start with a country code and two check digits");
        } else {
            country = iban.substring(0, 2);
            Integer expectedLength = LENGTH_BY_COUNTRY.get(country);
            if (expectedLength == null) {
                problems.add("IBANs from " + country + " are not accepted for SEPA direct debit");
            } else if (iban.length() != expectedLength) {
                problems.add(String.format("A %s IBAN has %d characters, this one has %d",
                        country, expectedLength, iban.length()));
            }
            if (!iban.chars().allMatch(c -> isLetter((char) c) || isDigit((char) c))) {
                problems.add("IBAN may only contain letters and digits");
            }
            if (problems.isEmpty() && mod97(iban) != 1) {
                problems.add("Check digits do not match: probably a typing error");
            }
        }
        return new IbanCheck(input, iban, problems.isEmpty(), country, inGroupsOfFour(iban), List.copyOf(problems));
    }

    /** ISO 13616: move the first four characters to the end, letters become 10..35, then mod 97. */
    static int mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            if (isDigit(c)) {
                remainder = (remainder * 10 + (c - '0')) % 97;
            } else {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            }
        }
        return remainder;
    }

    private static String inGroupsOfFour(String iban) {
        StringBuilder out = new StringBuilder(iban.length() + iban.length() / 4);
        for (int i = 0; i < iban.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(' ');
            }
            out.append(iban.charAt(i));
        }
        return out.toString();
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
