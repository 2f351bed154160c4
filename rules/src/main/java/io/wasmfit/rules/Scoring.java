package io.wasmfit.rules;

import java.util.Map;

/**
 * How evidence becomes scores (DESIGN.md, "Scoring"): the weights of the overall score, the
 * points each criterion starts from before penalties, and the default penalty per library verdict.
 */
public record Scoring(Map<Criterion, Double> weights, Map<Criterion, Integer> baselines,
                      Map<String, Integer> dependencyPoints, int blockerCap) {

    public static final Scoring DEFAULT = new Scoring(
            Map.of(Criterion.EVENT_DRIVEN, 0.4, Criterion.SHORT_RUNNING, 0.3, Criterion.DEPENDENCY_SUPPORTED, 0.3),
            Map.of(Criterion.EVENT_DRIVEN, 0, Criterion.SHORT_RUNNING, 100, Criterion.DEPENDENCY_SUPPORTED, 100),
            Map.of("supported", 0, "replaceable", -30, "unknown", -20, "unsupported", -60),
            39);

    public Scoring {
        weights = Map.copyOf(weights);
        baselines = Map.copyOf(baselines);
        dependencyPoints = Map.copyOf(dependencyPoints);
    }

    public double weight(Criterion c) {
        return weights.getOrDefault(c, 0.0);
    }

    public int baseline(Criterion c) {
        return baselines.getOrDefault(c, 0);
    }

    public int dependencyPoints(String verdict) {
        return dependencyPoints.getOrDefault(verdict, 0);
    }

    /** {@code round(Σ weight × score)}, then capped when there is a blocker. */
    public int overall(int eventDriven, int shortRunning, int dependencySupported, boolean blocked) {
        long overall = Math.round(weight(Criterion.EVENT_DRIVEN) * eventDriven
                + weight(Criterion.SHORT_RUNNING) * shortRunning
                + weight(Criterion.DEPENDENCY_SUPPORTED) * dependencySupported);
        int clamped = (int) Math.max(0, Math.min(100, overall));
        return blocked ? Math.min(clamped, blockerCap) : clamped;
    }
}
