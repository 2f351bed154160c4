package com.example.shop.pricing.quote;

/** The price table has no article with the requested SKU. */
public class UnknownSkuException extends IllegalArgumentException {

    public UnknownSkuException(String sku) {
        super("Unknown SKU: " + sku);
    }
}
