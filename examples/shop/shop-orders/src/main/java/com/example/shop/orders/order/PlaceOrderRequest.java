package com.example.shop.orders.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The order as the checkout submits it, after the customer confirmed the basket. */
public record PlaceOrderRequest(
        @Positive long customerId,
        @NotBlank @Email String customerEmail,
        @NotBlank String shippingRegion,
        @NotEmpty @Size(max = 100) List<@Valid OrderLineRequest> lines) {
}
