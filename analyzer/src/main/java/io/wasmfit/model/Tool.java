package io.wasmfit.model;

/** Which wasmfit wrote the report. */
public record Tool(String name, String version) {
}
