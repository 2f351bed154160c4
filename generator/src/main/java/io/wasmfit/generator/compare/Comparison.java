package io.wasmfit.generator.compare;

import java.util.List;

/**
 * The result of {@code wasmfit compare}: every request answered by the original on the JVM and by
 * the satellite in the sandbox, and what each side cost.
 *
 * @param jvmColdStartMs       a fresh JVM process (the original, compiled with javac) from start to its first answer
 * @param jvmFirstAnswerMs     in this JVM: loading the original's classes and answering the first request
 * @param jvmHeapBytes         heap the fresh JVM used after its first answer
 * @param wasmFirstMs          the sandbox's first run of the module: compile + instantiate + call
 * @param wasmWarmMedianMs     later runs: instantiate + call (what Spin pays per request), median
 * @param wasmMemoryBytes      the guest's linear memory at the end of a run
 * @param wasmBytes            size of the satellite's .wasm
 * @param jarBytes             size of the original closure as a jar (its classes, compressed)
 */
public record Comparison(String candidateId, List<CaseOutcome> cases, double jvmColdStartMs, double jvmFirstAnswerMs,
                         long jvmHeapBytes, double wasmFirstMs, double wasmWarmMedianMs, long wasmMemoryBytes,
                         long wasmBytes, long jarBytes) {

    public Comparison {
        cases = List.copyOf(cases);
    }

    public long equalCount() {
        return cases.stream().filter(CaseOutcome::equal).count();
    }

    public boolean allEqual() {
        return !cases.isEmpty() && cases.stream().allMatch(CaseOutcome::equal);
    }
}
