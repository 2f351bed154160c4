package io.wasmfit.model;

/** A Spin architecture pattern that fits a candidate, with what to change. */
public record Pattern(String id, String title, String advice, String link) {
}
