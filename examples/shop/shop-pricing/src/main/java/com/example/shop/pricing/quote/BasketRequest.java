package com.example.shop.pricing.quote;

import java.util.List;

/** A basket to price; the storefront sends it on every change of the cart. */
public record BasketRequest(List<BasketLine> lines) {

    public static final int MAX_LINES = 100;

    public BasketRequest {
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("A basket needs at least one line");
        }
        if (lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("A basket holds at most " + MAX_LINES + " lines");
        }
        lines = List.copyOf(lines);
    }
}
