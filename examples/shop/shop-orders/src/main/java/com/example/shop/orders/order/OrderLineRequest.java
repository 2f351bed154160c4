package com.example.shop.orders.order;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

public record OrderLineRequest(@NotBlank String sku, @Min(1) @Max(999) int quantity) {
}
