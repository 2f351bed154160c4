package com.example.shop.platform.fx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads daily reference rates from the finance team's rate service
 * ({@code GET /latest?base=EUR&symbols=USD}).
 */
@Component
public class ExchangeRateClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient httpClient;
    private final ObjectMapper objectMapper;
    private final URI baseUri;

    public ExchangeRateClient(HttpClient httpClient, ObjectMapper objectMapper,
                              @Value("${shop.fx.base-url}") String baseUrl) {
        this.httpClient = httpClient;
        this.objectMapper = objectMapper;
        this.baseUri = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }

    /**
     * The latest rate from {@code base} to {@code quote}.
     *
     * @throws ExchangeRateUnavailableException when the service fails or does not know the pair
     */
    public ExchangeRate latest(String base, String quote) {
        String from = base.toUpperCase(Locale.ROOT);
        String to = quote.toUpperCase(Locale.ROOT);
        if (from.equals(to)) {
            return new ExchangeRate(from, to, BigDecimal.ONE, LocalDate.now());
        }
        HttpRequest request = HttpRequest.newBuilder(baseUri.resolve("latest?base=" + from + "&symbols=" + to))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<String> response = httpClient.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new ExchangeRateUnavailableException(
                        "Rate service answered " + response.statusCode() + " for " + from + "/" + to);
            }
            JsonNode body = objectMapper.readTree(response.body());
            JsonNode rate = body.path("rates").path(to);
            if (!rate.isNumber()) {
                throw new ExchangeRateUnavailableException("Rate service has no rate for " + from + "/" + to);
            }
            return new ExchangeRate(from, to, rate.decimalValue(), LocalDate.parse(body.path("date").asText()));
        } catch (IOException e) {
            throw new ExchangeRateUnavailableException("Rate service unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExchangeRateUnavailableException("Interrupted while waiting for the rate service", e);
        }
    }
}
