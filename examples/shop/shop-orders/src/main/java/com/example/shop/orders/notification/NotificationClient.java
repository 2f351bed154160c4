package com.example.shop.orders.notification;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/** Client of the notification service, which renders and sends the customer e-mails. */
@Component
public class NotificationClient {

    private final RestTemplate restTemplate;
    private final String baseUrl;

    public NotificationClient(RestTemplate restTemplate, @Value("${shop.notifications.base-url}") String baseUrl) {
        this.restTemplate = restTemplate;
        this.baseUrl = baseUrl;
    }

    /**
     * Asks the notification service to send the template {@code template} to {@code recipient}.
     * The service deduplicates by {@code idempotencyKey}, so a retry never sends twice.
     */
    public void send(String template, String recipient, String idempotencyKey, Map<String, Object> model) {
        Map<String, Object> message = Map.of(
                "template", template,
                "recipients", List.of(recipient),
                "idempotencyKey", idempotencyKey,
                "model", model);
        restTemplate.postForEntity(baseUrl + "/api/v1/messages", message, Void.class);
    }
}
