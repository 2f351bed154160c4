package io.wasmfit.analyzer.closure;

import java.util.List;
import java.util.Map;

import io.wasmfit.analyzer.index.MethodRef;

/**
 * What a candidate reaches: repository methods in breadth-first order (closest to the entry
 * first), the repository types they belong to, the external types touched with the first place
 * each is touched, and what is unknown.
 */
public record ClosureResult(MethodRef entry, List<MethodRef> methods, List<String> types,
                            Map<String, Place> externalTypes, int unresolvedCalls, boolean truncated, int lines) {

    /** A place in the workspace: a relative file path and a line. */
    public record Place(String file, int line) {
    }
}
