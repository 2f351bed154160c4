package com.example.shop.partner;

public record PartnerQuoteLine(String sku, int quantity) {
}
