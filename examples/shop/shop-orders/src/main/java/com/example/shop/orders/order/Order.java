package com.example.shop.orders.order;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A customer order. Totals are stored, not recomputed: prices change, invoices must not. */
@Entity
@Table(name = "orders", indexes = @Index(name = "ix_orders_status_created", columnList = "status, created_at"))
public class Order {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_number", nullable = false, unique = true, length = 32)
    private String orderNumber;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "customer_email", nullable = false, length = 254)
    private String customerEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private OrderStatus status = OrderStatus.PENDING_PAYMENT;

    @Column(name = "shipping_region", nullable = false, length = 8)
    private String shippingRegion;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "net_total", nullable = false, precision = 12, scale = 2)
    private BigDecimal netTotal;

    @Column(name = "tax_total", nullable = false, precision = 12, scale = 2)
    private BigDecimal taxTotal;

    @Column(name = "gross_total", nullable = false, precision = 12, scale = 2)
    private BigDecimal grossTotal;

    @Column(name = "payment_reference", length = 64)
    private String paymentReference;

    @Column(name = "tracking_number", length = 64)
    private String trackingNumber;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<OrderLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected Order() {
        // for JPA
    }

    public Order(String orderNumber, long customerId, String customerEmail, String shippingRegion, String currency,
                 Instant createdAt) {
        this.orderNumber = orderNumber;
        this.customerId = customerId;
        this.customerEmail = customerEmail;
        this.shippingRegion = shippingRegion;
        this.currency = currency;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public void addLine(OrderLine line) {
        line.attachTo(this);
        lines.add(line);
    }

    public void setTotals(BigDecimal net, BigDecimal tax, BigDecimal gross) {
        this.netTotal = net;
        this.taxTotal = tax;
        this.grossTotal = gross;
    }

    /** Moves the order on; the transitions mirror the payment provider's and the warehouse's. */
    public void transitionTo(OrderStatus next, Instant when) {
        boolean allowed = switch (status) {
            case PENDING_PAYMENT -> next == OrderStatus.PAID || next == OrderStatus.PAYMENT_FAILED
                    || next == OrderStatus.CANCELLED;
            case PAID -> next == OrderStatus.SHIPPED || next == OrderStatus.CANCELLED;
            case SHIPPED -> next == OrderStatus.DELIVERED;
            case PAYMENT_FAILED, DELIVERED, CANCELLED -> false;
        };
        if (!allowed) {
            throw new IllegalStateException("Order " + orderNumber + " cannot go from " + status + " to " + next);
        }
        this.status = next;
        this.updatedAt = when;
    }

    public Long getId() {
        return id;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public String getShippingRegion() {
        return shippingRegion;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getNetTotal() {
        return netTotal;
    }

    public BigDecimal getTaxTotal() {
        return taxTotal;
    }

    public BigDecimal getGrossTotal() {
        return grossTotal;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public void setPaymentReference(String paymentReference) {
        this.paymentReference = paymentReference;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<OrderLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
