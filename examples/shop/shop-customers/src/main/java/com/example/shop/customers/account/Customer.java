package com.example.shop.customers.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A customer account. Addresses live with the orders; the account only holds contact data. */
@Entity
@Table(name = "customers")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(name = "vat_id", length = 20)
    private String vatId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CustomerSegment segment = CustomerSegment.NEW;

    @Column(name = "loyalty_points", nullable = false)
    private long loyaltyPoints;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Customer() {
        // for JPA
    }

    public Customer(String email, String firstName, String lastName, String vatId, Instant createdAt) {
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.vatId = vatId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getVatId() {
        return vatId;
    }

    public CustomerSegment getSegment() {
        return segment;
    }

    public void setSegment(CustomerSegment segment) {
        this.segment = segment;
    }

    public long getLoyaltyPoints() {
        return loyaltyPoints;
    }

    public void addLoyaltyPoints(long points) {
        this.loyaltyPoints += points;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
