package com.example.shop.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceWebhookHandlerTest {

    private final InvoiceWebhookHandler handler = new InvoiceWebhookHandler();

    @Test
    void acceptsAnInvoiceWhoseLinesAddUpToTheReportedTotal() {
        // 2 x 12.90 at 19 % = 25.80 + 4.90 (4.902 rounded) ; 1 x 34.00 at 7 % = 34.00 + 2.38
        InvoiceWebhookEvent event = event("invoice.finalized", "INV-2024-000123", 6708,
                new InvoiceLine("Enamel mug", 2, 1290, 1900),
                new InvoiceLine("Cookbook", 1, 3400, 700));

        WebhookAck ack = handler.handleRequest(event, new FixedContext("req-1"));

        assertEquals(WebhookAck.Status.ACCEPTED, ack.getStatus());
        assertEquals(6708, ack.getComputedTotalCents());
        assertEquals("req-1", ack.getRequestId());
    }

    @Test
    void rejectsAnInvoiceWithADifferentTotal() {
        InvoiceWebhookEvent event = event("invoice.finalized", "INV-2024-000124", 1500,
                new InvoiceLine("Canvas tote bag", 1, 1495, 1900));

        WebhookAck ack = handler.handleRequest(event, new FixedContext("req-2"));

        assertEquals(WebhookAck.Status.REJECTED, ack.getStatus());
        assertEquals(List.of("Total mismatch: provider reports 1500, lines add up to 1779"), ack.getProblems());
    }

    @Test
    void ignoresEventsItDoesNotHandle() {
        WebhookAck ack = handler.handleRequest(event("invoice.created", "INV-2024-000125", 0), new FixedContext("req-3"));

        assertEquals(WebhookAck.Status.IGNORED, ack.getStatus());
        assertTrue(ack.getProblems().isEmpty());
    }

    private static InvoiceWebhookEvent event(String type, String invoiceNumber, long reportedTotal, InvoiceLine... lines) {
        InvoiceWebhookEvent event = new InvoiceWebhookEvent();
        event.setEventType(type);
        event.setInvoiceNumber(invoiceNumber);
        event.setOrderNumber("SO-20240301-1A2B3C4D");
        event.setCurrency("EUR");
        event.setReportedTotalCents(reportedTotal);
        event.setLines(List.of(lines));
        return event;
    }

    private record FixedContext(String requestId) implements Context {
        @Override public String getAwsRequestId() { return requestId; }
        @Override public String getLogGroupName() { return "/aws/lambda/shop-invoice-webhook"; }
        @Override public String getLogStreamName() { return "test"; }
        @Override public String getFunctionName() { return "shop-invoice-webhook"; }
        @Override public String getFunctionVersion() { return "$LATEST"; }
        @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:eu-central-1:000000000000:function:shop-invoice-webhook"; }
        @Override public CognitoIdentity getIdentity() { return null; }
        @Override public ClientContext getClientContext() { return null; }
        @Override public int getRemainingTimeInMillis() { return 30_000; }
        @Override public int getMemoryLimitInMB() { return 512; }
        @Override public LambdaLogger getLogger() {
            return new LambdaLogger() {
                @Override public void log(String message) { }
                @Override public void log(byte[] message) { }
            };
        }
    }
}
