package io.wasmfit.analyzer.scoring;

import java.util.Map;

import io.wasmfit.analyzer.evaluate.Hit;
import io.wasmfit.analyzer.index.MethodRef;
import io.wasmfit.rules.Rule;

/** A method that an entry-point rule recognised, with the trigger detail it read. */
record EntryPoint(MethodRef method, Rule rule, Hit hit, Map<String, String> detail) {
}
