package io.wasmfit.model;

/** The three criteria, each 0–100, and the weighted overall score. */
public record Scores(int eventDriven, int shortRunning, int dependencySupported, int overall) {
}
