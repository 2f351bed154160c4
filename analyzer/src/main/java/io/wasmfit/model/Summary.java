package io.wasmfit.model;

/**
 * Totals of a scan. {@code files} is every Java file found; {@code parsedFiles} those that
 * parsed; {@code failedFiles} those skipped or broken (each has a {@link Problem}).
 * {@code durationMs} is the only field that differs between two scans of the same input.
 */
public record Summary(int files, int parsedFiles, int failedFiles, int candidates, long durationMs) {
}
