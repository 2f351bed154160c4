package io.wasmfit.generator;

import java.util.List;

import io.wasmfit.matrix.LanguageMatrix;
import io.wasmfit.matrix.TargetLanguage;

/**
 * Which Spin features each satellite language supports (feature ids such as {@code http-trigger},
 * {@code redis-trigger}, {@code key-value}). The language matrix answers this; the generator asks
 * it before writing a stub, and refuses languages that cannot serve the candidate's trigger.
 */
public interface LanguageSupport {

    boolean supports(TargetLanguage language, String featureId);

    List<TargetLanguage> languagesSupporting(String featureId);

    /** The answers of the language matrix. */
    static LanguageSupport of(LanguageMatrix matrix) {
        return new LanguageSupport() {
            @Override
            public boolean supports(TargetLanguage language, String featureId) {
                return matrix.supports(language, featureId);
            }

            @Override
            public List<TargetLanguage> languagesSupporting(String featureId) {
                return matrix.languagesSupporting(featureId);
            }
        };
    }
}
