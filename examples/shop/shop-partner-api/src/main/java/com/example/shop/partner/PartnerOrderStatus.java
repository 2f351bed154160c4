package com.example.shop.partner;

import java.util.List;

/** What a reseller may see of an order it placed for its customer. */
public record PartnerOrderStatus(String orderNumber, String status, String trackingNumber, List<String> skus) {
}
