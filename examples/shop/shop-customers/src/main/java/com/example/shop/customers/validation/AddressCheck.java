package com.example.shop.customers.validation;

import java.util.List;

/**
 * Result of an address check.
 *
 * @param normalized the address as it will be printed on the label
 * @param problems what the customer has to fix, empty when valid
 */
public record AddressCheck(boolean valid, AddressRequest normalized, List<String> problems) {
}
