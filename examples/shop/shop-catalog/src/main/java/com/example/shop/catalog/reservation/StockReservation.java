package com.example.shop.catalog.reservation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Pieces held for a checkout in progress. A reservation expires when the customer does not pay in
 * time, and the pieces go back on sale.
 */
@Entity
@Table(name = "stock_reservations", indexes = @Index(name = "ix_reservation_expiry", columnList = "expires_at"))
public class StockReservation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String sku;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "checkout_id", nullable = false, length = 64)
    private String checkoutId;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected StockReservation() {
        // for JPA
    }

    public StockReservation(String sku, int quantity, String checkoutId, Instant expiresAt) {
        this.sku = sku;
        this.quantity = quantity;
        this.checkoutId = checkoutId;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public int getQuantity() {
        return quantity;
    }

    public String getCheckoutId() {
        return checkoutId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
