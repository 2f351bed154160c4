package io.wasmfit.matrix;

import java.util.Map;
import java.util.Optional;

/**
 * One language's column of the matrix.
 *
 * @param target  the language
 * @param name    its display name, e.g. "Go (TinyGo)"
 * @param sdk     the SDK or toolchain a satellite in this language is built with
 * @param link    the SDK's reference documentation
 * @param note    one sentence about the language as a Spin target, or null
 * @param support support per feature id; a feature missing here is {@link Support#UNKNOWN}
 * @param notes   remarks per feature id (e.g. "through the WAGI executor"), possibly empty
 */
public record Language(TargetLanguage target, String name, String sdk, String link, String note,
        Map<String, Support> support, Map<String, String> notes) {

    public Language {
        support = Map.copyOf(support);
        notes = Map.copyOf(notes);
    }

    public Support support(String featureId) {
        return support.getOrDefault(featureId, Support.UNKNOWN);
    }

    public Optional<String> note(String featureId) {
        return Optional.ofNullable(notes.get(featureId));
    }
}
