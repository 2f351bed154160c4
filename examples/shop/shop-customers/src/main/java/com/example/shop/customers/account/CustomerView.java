package com.example.shop.customers.account;

import java.time.Instant;

/** A customer as the back office sees it. */
public record CustomerView(
        long id,
        String email,
        String firstName,
        String lastName,
        String vatId,
        CustomerSegment segment,
        long loyaltyPoints,
        Instant createdAt) {

    static CustomerView from(Customer customer) {
        return new CustomerView(customer.getId(), customer.getEmail(), customer.getFirstName(),
                customer.getLastName(), customer.getVatId(), customer.getSegment(),
                customer.getLoyaltyPoints(), customer.getCreatedAt());
    }
}
