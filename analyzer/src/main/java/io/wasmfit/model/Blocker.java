package io.wasmfit.model;

/** Something that stops the candidate from running as Wasm until it is redesigned; caps overall at 39. */
public record Blocker(String ruleId, String message, String file, int line) {
}
