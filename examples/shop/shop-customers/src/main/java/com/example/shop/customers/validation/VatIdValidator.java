package com.example.shop.customers.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Offline check of EU VAT identification numbers: the national format and, where the algorithm is
 * public, the check digit. The online VIES check runs later, in the invoicing service.
 */
@Component
public class VatIdValidator {

    /** National formats after the two-letter prefix (Greece uses EL, not GR). */
    private static final Map<String, Pattern> FORMATS = Map.ofEntries(
            Map.entry("AT", Pattern.compile("U[0-9]{8}")),
            Map.entry("BE", Pattern.compile("[01][0-9]{9}")),
            Map.entry("DE", Pattern.compile("[0-9]{9}")),
            Map.entry("DK", Pattern.compile("[0-9]{8}")),
            Map.entry("EL", Pattern.compile("[0-9]{9}")),
            Map.entry("ES", Pattern.compile("[0-9A-Z][0-9]{7}[0-9A-Z]")),
            Map.entry("FI", Pattern.compile("[0-9]{8}")),
            Map.entry("FR", Pattern.compile("[0-9A-HJ-NP-Z]{2}[0-9]{9}")),
            Map.entry("IE", Pattern.compile("[0-9]{7}[A-W][A-I]?|[0-9][A-Z][0-9]{5}[A-W]")),
            Map.entry("IT", Pattern.compile("[0-9]{11}")),
            Map.entry("LU", Pattern.compile("[0-9]{8}")),
            Map.entry("NL", Pattern.compile("[0-9]{9}B[0-9]{2}")),
            Map.entry("PL", Pattern.compile("[0-9]{10}")),
            Map.entry("PT", Pattern.compile("[0-9]{9}")),
            Map.entry("SE", Pattern.compile("[0-9]{10}01")));

    public VatIdCheck check(String input) {
        String vatId = input == null ? "" : input.replaceAll("[\\s.-]", "").toUpperCase(Locale.ROOT);
        List<String> problems = new ArrayList<>();
        if (vatId.length() < 4) {
            problems.add("VAT id is too short");
            return new VatIdCheck(input, vatId, false, "", false, List.copyOf(problems));
        }
        String country = vatId.substring(0, 2);
        String national = vatId.substring(2);
        boolean checksumVerified = false;
        Pattern format = FORMATS.get(country);
        if ("GB".equals(country)) {
            problems.add("GB VAT ids are not valid for intra-EU supplies since 2021; use the XI prefix for Northern Ireland");
        } else if (format == null) {
            problems.add("Unknown or unsupported country prefix " + country);
        } else if (!format.matcher(national).matches()) {
            problems.add("Not a valid " + country + " VAT id format");
        } else if ("DE".equals(country)) {
            checksumVerified = germanCheckDigitMatches(national);
            if (!checksumVerified) {
                problems.add("Check digit does not match");
            }
        } else if ("IT".equals(country)) {
            checksumVerified = luhnMatches(national);
            if (!checksumVerified) {
                problems.add("Check digit does not match");
            }
        }
        return new VatIdCheck(input, vatId, problems.isEmpty(), country, checksumVerified, List.copyOf(problems));
    }

    /** ISO 7064 MOD 11,10 over the first eight digits, as published by the German tax office. */
    static boolean germanCheckDigitMatches(String digits) {
        int product = 10;
        for (int i = 0; i < 8; i++) {
            int sum = (digits.charAt(i) - '0' + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = (2 * sum) % 11;
        }
        int check = 11 - product;
        if (check == 10) {
            check = 0;
        }
        return check == digits.charAt(8) - '0';
    }

    /** Italian partita IVA: Luhn over all eleven digits. */
    static boolean luhnMatches(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
