package com.example.shop.invoice;

import java.util.ArrayList;
import java.util.List;

/** The billing provider's webhook payload for invoice events (the fields the shop reads). */
public class InvoiceWebhookEvent {

    private String eventType;
    private String invoiceNumber;
    private String orderNumber;
    private String currency;
    private long reportedTotalCents;
    private List<InvoiceLine> lines = new ArrayList<>();

    public String getEventType() {
        return eventType;
    }

    public void setEventType(String eventType) {
        this.eventType = eventType;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public void setInvoiceNumber(String invoiceNumber) {
        this.invoiceNumber = invoiceNumber;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public long getReportedTotalCents() {
        return reportedTotalCents;
    }

    public void setReportedTotalCents(long reportedTotalCents) {
        this.reportedTotalCents = reportedTotalCents;
    }

    public List<InvoiceLine> getLines() {
        return lines;
    }

    public void setLines(List<InvoiceLine> lines) {
        this.lines = lines == null ? new ArrayList<>() : lines;
    }
}
