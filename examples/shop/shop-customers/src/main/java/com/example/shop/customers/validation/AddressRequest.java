package com.example.shop.customers.validation;

/** A postal address as typed by the customer. */
public record AddressRequest(String name, String street, String postcode, String city, String country) {
}
