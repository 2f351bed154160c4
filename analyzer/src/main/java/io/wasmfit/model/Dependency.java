package io.wasmfit.model;

import io.wasmfit.matrix.LibraryVerdict;

import java.util.List;

/**
 * A library (or JDK area) the candidate's closure reaches, with its Wasm verdict.
 *
 * @param library     Maven coordinates ({@code group:artifact}) or a JDK area ({@code jdk:java.net})
 * @param replacement the Spin API that does the same job, or null
 * @param reason      why the verdict is what it is, in one sentence
 * @param types       the types of this library the closure touches
 */
public record Dependency(String library, LibraryVerdict verdict, String replacement, String reason,
                         List<String> types) {

    public Dependency {
        types = List.copyOf(types);
    }
}
