package com.example.shop.catalog.product;

import java.util.List;

/** One page of products; the API does not expose Spring Data's page type. */
public record ProductPage(List<ProductView> items, int page, int size, long totalItems, int totalPages) {
}
