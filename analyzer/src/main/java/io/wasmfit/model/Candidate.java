package io.wasmfit.model;

import java.util.List;

/**
 * An entry point of the scanned code, scored as a possible Wasm satellite.
 *
 * @param id       stable across scans: {@code com.acme.OrderController#quote(String,int)}; a lambda
 *                 registered as a handler is {@code com.acme.Routes#routes(Router)$lambda$0}, a method of an
 *                 anonymous class {@code com.acme.Routes$1#handle(RoutingContext)} (docs/rules.md)
 * @param name     short display name: {@code OrderController.quote}
 * @param patterns Spin architecture patterns that fit this candidate (may be empty)
 */
public record Candidate(
        String id,
        String name,
        CandidateKind kind,
        Trigger trigger,
        Location location,
        Scores scores,
        Verdict verdict,
        List<Blocker> blockers,
        List<Evidence> evidence,
        List<Dependency> dependencies,
        Closure closure,
        List<Pattern> patterns) {

    public Candidate {
        blockers = List.copyOf(blockers);
        evidence = List.copyOf(evidence);
        dependencies = List.copyOf(dependencies);
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
    }

    /** The fully qualified name of the class that declares the entry point. */
    public String declaringType() {
        int hash = id.indexOf('#');
        return hash < 0 ? id : id.substring(0, hash);
    }
}
