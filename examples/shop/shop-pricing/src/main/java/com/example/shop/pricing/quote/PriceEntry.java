package com.example.shop.pricing.quote;

import java.math.BigDecimal;

/**
 * The list price of one article.
 *
 * @param discountable whether volume discounts and coupons apply (gift cards are never discounted)
 */
public record PriceEntry(String sku, String name, BigDecimal unitPrice, boolean discountable) {
}
