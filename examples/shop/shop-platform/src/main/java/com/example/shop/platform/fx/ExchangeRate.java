package com.example.shop.platform.fx;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One exchange rate as published by the rate service: 1 {@code base} = {@code rate} {@code quote}. */
public record ExchangeRate(String base, String quote, BigDecimal rate, LocalDate date) {
}
