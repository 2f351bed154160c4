package io.wasmfit.model;

import java.util.List;

/**
 * What a candidate reaches inside the repository, following calls from its entry method.
 *
 * @param types           repo-local types reached
 * @param methods         repo-local methods and constructors reached
 * @param lines           source lines of those methods
 * @param typeNames       fully qualified names of the types reached, sorted
 * @param methodIds       ids of the methods reached ({@code com.acme.Tax#rate(String)}), sorted
 * @param externalTypes   types outside the repository the closure touches, sorted
 * @param unresolvedCalls calls whose target could not be determined (their size is unknown)
 * @param truncated       true when the depth or size bound stopped the walk
 */
public record Closure(int types, int methods, int lines, List<String> typeNames, List<String> methodIds,
                      List<String> externalTypes,
                      int unresolvedCalls, boolean truncated) {

    public Closure {
        typeNames = List.copyOf(typeNames);
        methodIds = List.copyOf(methodIds);
        externalTypes = List.copyOf(externalTypes);
    }
}
