package com.example.shop.partner;

import java.math.BigDecimal;

public record PartnerPriceLine(
        String sku,
        int quantity,
        BigDecimal listPrice,
        BigDecimal discountPercent,
        BigDecimal contractPrice,
        BigDecimal lineTotal) {
}
