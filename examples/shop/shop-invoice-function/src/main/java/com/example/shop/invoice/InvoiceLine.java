package com.example.shop.invoice;

/**
 * One line of an invoice as the billing provider sends it. Amounts are in minor units (cents),
 * tax rates in basis points (1900 = 19 %).
 */
public class InvoiceLine {

    private String description;
    private int quantity;
    private long unitPriceCents;
    private int taxRateBasisPoints;

    public InvoiceLine() {
        // for the Lambda runtime's JSON mapping
    }

    public InvoiceLine(String description, int quantity, long unitPriceCents, int taxRateBasisPoints) {
        this.description = description;
        this.quantity = quantity;
        this.unitPriceCents = unitPriceCents;
        this.taxRateBasisPoints = taxRateBasisPoints;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public long getUnitPriceCents() {
        return unitPriceCents;
    }

    public void setUnitPriceCents(long unitPriceCents) {
        this.unitPriceCents = unitPriceCents;
    }

    public int getTaxRateBasisPoints() {
        return taxRateBasisPoints;
    }

    public void setTaxRateBasisPoints(int taxRateBasisPoints) {
        this.taxRateBasisPoints = taxRateBasisPoints;
    }
}
