package io.wasmfit.model;

import io.wasmfit.rules.Criterion;

/**
 * One reason behind a score: which rule gave how many points to which criterion, and where.
 * Every point of every criterion comes from an evidence item.
 *
 * @param code the source line at {@code file:line}, trimmed (may be null when not available)
 */
public record Evidence(String ruleId, Criterion criterion, int points, String message, String file, int line,
                       String code) {
}
