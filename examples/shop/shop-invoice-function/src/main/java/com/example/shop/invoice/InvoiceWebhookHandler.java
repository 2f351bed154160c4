package com.example.shop.invoice;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Receives invoice webhooks from the billing provider (through API Gateway) and checks each
 * finalized invoice against our own arithmetic before accounting books it: line totals, tax
 * rounding per line (half up, in cents) and the grand total the provider reports.
 */
public class InvoiceWebhookHandler implements RequestHandler<InvoiceWebhookEvent, WebhookAck> {

    static final Set<String> HANDLED_EVENTS = Set.of("invoice.finalized", "invoice.paid");
    static final Set<String> CURRENCIES = Set.of("EUR", "CHF", "GBP", "PLN", "USD");
    static final int MAX_TAX_RATE_BASIS_POINTS = 2700;

    // expect: trigger=lambda handler=com.example.shop.invoice.InvoiceWebhookHandler::handleRequest verdict=strong
    @Override
    public WebhookAck handleRequest(InvoiceWebhookEvent event, Context context) {
        String requestId = context == null ? "" : context.getAwsRequestId();
        String invoiceNumber = event.getInvoiceNumber() == null ? "" : event.getInvoiceNumber().trim();
        if (!HANDLED_EVENTS.contains(event.getEventType())) {
            return new WebhookAck(invoiceNumber, WebhookAck.Status.IGNORED, 0, List.of(), requestId);
        }

        List<String> problems = new ArrayList<>();
        if (!invoiceNumber.startsWith("INV-")) {
            problems.add("Invoice number must start with INV-: '" + invoiceNumber + "'");
        }
        if (event.getCurrency() == null || !CURRENCIES.contains(event.getCurrency())) {
            problems.add("Unsupported currency " + event.getCurrency());
        }
        if (event.getLines().isEmpty()) {
            problems.add("Invoice has no lines");
        }

        long total = 0;
        for (int i = 0; i < event.getLines().size(); i++) {
            InvoiceLine line = event.getLines().get(i);
            if (line.getQuantity() <= 0 || line.getUnitPriceCents() < 0) {
                problems.add(String.format("Line %d: quantity and price must be positive", i + 1));
                continue;
            }
            if (line.getTaxRateBasisPoints() < 0 || line.getTaxRateBasisPoints() > MAX_TAX_RATE_BASIS_POINTS) {
                problems.add(String.format("Line %d: tax rate %d bp is out of range", i + 1, line.getTaxRateBasisPoints()));
                continue;
            }
            total += lineGrossCents(line);
        }
        if (problems.isEmpty() && total != event.getReportedTotalCents()) {
            problems.add(String.format("Total mismatch: provider reports %d, lines add up to %d",
                    event.getReportedTotalCents(), total));
        }
        WebhookAck.Status status = problems.isEmpty() ? WebhookAck.Status.ACCEPTED : WebhookAck.Status.REJECTED;
        return new WebhookAck(invoiceNumber, status, total, problems, requestId);
    }

    /** Net plus tax of one line; tax is rounded half up to the cent on each line. */
    static long lineGrossCents(InvoiceLine line) {
        long net = Math.multiplyExact(line.getUnitPriceCents(), (long) line.getQuantity());
        long tax = (net * line.getTaxRateBasisPoints() + 5_000) / 10_000;
        return net + tax;
    }
}
