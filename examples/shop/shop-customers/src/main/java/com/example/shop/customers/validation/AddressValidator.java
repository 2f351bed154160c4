package com.example.shop.customers.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks delivery addresses before an order is placed, so that the carrier does not return the
 * parcel: required lines, the carrier's label line length, postcode formats and house numbers.
 */
@Component
public class AddressValidator {

    /** The carrier prints at most 35 characters per label line. */
    static final int MAX_LINE_LENGTH = 35;

    private static final Map<String, Pattern> POSTCODES = Map.ofEntries(
            Map.entry("DE", Pattern.compile("[0-9]{5}")),
            Map.entry("AT", Pattern.compile("[0-9]{4}")),
            Map.entry("CH", Pattern.compile("[0-9]{4}")),
            Map.entry("BE", Pattern.compile("[0-9]{4}")),
            Map.entry("FR", Pattern.compile("[0-9]{5}")),
            Map.entry("IT", Pattern.compile("[0-9]{5}")),
            Map.entry("ES", Pattern.compile("[0-9]{5}")),
            Map.entry("NL", Pattern.compile("[1-9][0-9]{3} [A-Z]{2}")),
            Map.entry("PL", Pattern.compile("[0-9]{2}-[0-9]{3}")),
            Map.entry("GB", Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}")),
            Map.entry("US", Pattern.compile("[0-9]{5}(-[0-9]{4})?")));

    /** Countries where the carrier rejects a street line without a house number. */
    private static final Set<String> HOUSE_NUMBER_REQUIRED = Set.of("DE", "AT", "CH", "NL", "BE", "PL");

    public AddressCheck check(AddressRequest address) {
        List<String> problems = new ArrayList<>();
        String name = required("Name", address.name(), problems);
        String street = required("Street", address.street(), problems);
        String city = required("City", address.city(), problems);
        String country = clean(address.country()).toUpperCase(Locale.ROOT);
        String postcode = normalizePostcode(country, clean(address.postcode()).toUpperCase(Locale.ROOT));

        Pattern postcodeFormat = POSTCODES.get(country);
        if (postcodeFormat == null) {
            problems.add("We do not deliver to country '" + country + "'");
        } else if (!postcodeFormat.matcher(postcode).matches()) {
            problems.add("Postcode '" + postcode + "' is not valid for " + country);
        }
        if (!street.isEmpty() && HOUSE_NUMBER_REQUIRED.contains(country) && street.chars().noneMatch(Character::isDigit)) {
            problems.add("Street needs a house number");
        }
        if (name.length() > MAX_LINE_LENGTH) {
            problems.add(String.format("Name is longer than %d characters", MAX_LINE_LENGTH));
        }
        if (street.length() > MAX_LINE_LENGTH) {
            problems.add(String.format("Street is longer than %d characters", MAX_LINE_LENGTH));
        }
        AddressRequest normalized = new AddressRequest(name, street, postcode, city, country);
        return new AddressCheck(problems.isEmpty(), normalized, List.copyOf(problems));
    }

    /** Dutch and British postcodes are written with one blank before the last part. */
    private static String normalizePostcode(String country, String postcode) {
        String compact = postcode.replace(" ", "");
        return switch (country) {
            case "NL" -> compact.length() == 6 ? compact.substring(0, 4) + " " + compact.substring(4) : postcode;
            case "GB" -> compact.length() >= 5 ? compact.substring(0, compact.length() - 3) + " "
                    + compact.substring(compact.length() - 3) : postcode;
            default -> postcode;
        };
    }

    private static String required(String field, String value, List<String> problems) {
        String cleaned = clean(value);
        if (cleaned.isEmpty()) {
            problems.add(field + " is required");
        }
        return cleaned;
    }

    /** Trims and collapses runs of blanks, which copy-paste from e-mails often brings. */
    private static String clean(String value) {
        return value == null ? "" : value.trim().replaceAll("\\s+", " ");
    }
}
