package com.example.shop.orders.export;

/** Where an export was written and how big it is. */
public record ExportResult(String file, long rows, int pages) {
}
