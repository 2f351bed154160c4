package com.example.shop.invoice;

import java.util.List;

/** The function's answer; the billing provider stores it with the delivery attempt. */
public class WebhookAck {

    /** What the function did with the event. */
    public enum Status { ACCEPTED, REJECTED, IGNORED }

    private final String invoiceNumber;
    private final Status status;
    private final long computedTotalCents;
    private final List<String> problems;
    private final String requestId;

    public WebhookAck(String invoiceNumber, Status status, long computedTotalCents, List<String> problems,
                      String requestId) {
        this.invoiceNumber = invoiceNumber;
        this.status = status;
        this.computedTotalCents = computedTotalCents;
        this.problems = List.copyOf(problems);
        this.requestId = requestId;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public Status getStatus() {
        return status;
    }

    public long getComputedTotalCents() {
        return computedTotalCents;
    }

    public List<String> getProblems() {
        return problems;
    }

    public String getRequestId() {
        return requestId;
    }
}
