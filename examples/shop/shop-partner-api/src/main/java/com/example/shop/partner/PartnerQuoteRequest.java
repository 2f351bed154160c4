package com.example.shop.partner;

import java.util.List;

/** A reseller asks for its contract price on a list of articles. */
public record PartnerQuoteRequest(String partnerId, String tier, List<PartnerQuoteLine> lines) {
}
