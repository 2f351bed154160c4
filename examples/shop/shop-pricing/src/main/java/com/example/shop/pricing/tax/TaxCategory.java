package com.example.shop.pricing.tax;

/** How an article is taxed; set per article by the accounting team. */
public enum TaxCategory {
    /** Most goods. */
    STANDARD,
    /** Food, books and other goods with a reduced rate where the region has one. */
    REDUCED,
    /** Gift cards and other vouchers: taxed when redeemed, not when sold. */
    ZERO
}
