package io.wasmfit.report.html;

import io.wasmfit.model.Candidate;
import io.wasmfit.model.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The geometry of the page's three inline-SVG charts, computed here so the template only draws.
 * Coordinates are in each chart's own viewBox units.
 */
public final class Charts {

    /** Histogram viewBox: 300 × 170; bars stand on y = 140. */
    static final int HIST_BASE = 140;
    static final int HIST_HEIGHT = 110;
    /** Trigger chart: label column width, bar area width, row height. */
    static final int TRIGGER_LABEL = 112;
    static final int TRIGGER_BAR = 150;
    static final int TRIGGER_ROW = 22;

    private Charts() {
    }

    /** A ring segment of the verdict chart: a circle of circumference 100 drawn with a dash. */
    public record Slice(String verdict, int count, int percent, String dashArray, String dashOffset) {
    }

    public static List<Slice> verdictSlices(List<Candidate> candidates) {
        List<Slice> slices = new ArrayList<>();
        double start = 0;
        for (Verdict v : Verdict.values()) {
            int count = (int) candidates.stream().filter(c -> c.verdict() == v).count();
            double share = candidates.isEmpty() ? 0 : 100.0 * count / candidates.size();
            // the ring starts at 12 o'clock: a dash offset of 25 moves it there from 3 o'clock
            slices.add(new Slice(v.key(), count, (int) Math.round(share), num(share) + " " + num(100 - share),
                    num(25 - start)));
            start += share;
        }
        return slices;
    }

    /** A histogram bar: scores from {@code low} to {@code high} inclusive. */
    public record Bin(int low, int high, int count, String verdict, int x, int y, int width, int height) {
        public String label() {
            return low + "–" + high;
        }

        public int labelX() {
            return x + width / 2;
        }
    }

    public static List<Bin> histogram(List<Candidate> candidates) {
        int[] counts = new int[10];
        for (Candidate c : candidates) {
            counts[Math.min(9, Math.max(0, c.scores().overall() / 10))]++;
        }
        int max = java.util.Arrays.stream(counts).max().orElse(0);
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int height = max == 0 ? 0 : (int) Math.round((double) HIST_HEIGHT * counts[i] / max);
            int low = i * 10;
            bins.add(new Bin(low, i == 9 ? 100 : low + 9, counts[i], Verdict.of(low).key(),
                    30 + i * 26, HIST_BASE - height, 22, height));
        }
        return bins;
    }

    /** A row of the trigger chart. */
    public record TriggerBar(String type, String shortLabel, int count, int y, int width) {
        public int textY() {
            return y + 14;
        }

        public int countX() {
            return TRIGGER_LABEL + width + 4;
        }
    }

    public static List<TriggerBar> triggers(List<Candidate> candidates) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Candidate c : candidates) {
            counts.merge(c.trigger().type(), 1, Integer::sum);
        }
        int max = counts.values().stream().max(Integer::compare).orElse(0);
        List<Map.Entry<String, Integer>> rows = new ArrayList<>(counts.entrySet());
        rows.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<TriggerBar> bars = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            int width = Math.max(2, (int) Math.round((double) TRIGGER_BAR * row.getValue() / max));
            bars.add(new TriggerBar(row.getKey(), shorten(row.getKey(), 16), row.getValue(), i * TRIGGER_ROW, width));
        }
        return bars;
    }

    /** The height of the trigger chart's viewBox. */
    public static int triggerChartHeight(List<TriggerBar> bars) {
        return Math.max(1, bars.size()) * TRIGGER_ROW;
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
