package io.wasmfit.app.gui.dashboard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.wasmfit.model.Candidate;
import io.wasmfit.model.Report;
import io.wasmfit.model.Verdict;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The report at a glance: totals, candidates per verdict, a histogram of overall scores in bins of
 * ten (whose edges fall on the verdict thresholds 40 and 70), and candidates per trigger type.
 */
public final class DashboardViewModel {

    /** A labelled count for a chart. */
    public record Count(String label, int value) {
    }

    /** Candidates of one trigger type, per verdict. */
    public record TriggerCount(String type, int strong, int possible, int poor) {
        public int total() {
            return strong + possible + poor;
        }
    }

    /** One bar of the histogram: scores from {@code low} to {@code high} inclusive. */
    public record Bin(int low, int high, int count) {
        public String label() {
            return low + "–" + high;
        }

        public Verdict verdict() {
            return Verdict.of(low);
        }
    }

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyObjectWrapper<List<Count>> totals = new ReadOnlyObjectWrapper<>(this, "totals", List.of());
    private final ObservableList<Count> verdicts = FXCollections.observableArrayList();
    private final ObservableList<Bin> histogram = FXCollections.observableArrayList();
    private final ObservableList<TriggerCount> triggers = FXCollections.observableArrayList();

    public DashboardViewModel(ObservableValue<Report> report) {
        report.addListener((obs, old, now) -> show(now));
        show(report.getValue());
    }

    private void show(Report report) {
        if (report == null) {
            title.set("");
            totals.set(List.of());
            verdicts.clear();
            histogram.clear();
            triggers.clear();
            return;
        }
        var s = report.summary();
        title.set(report.source().gitUrl() != null
                ? report.source().gitUrl() + (report.source().branch() == null ? "" : " @ " + report.source().branch())
                : report.source().root());
        totals.set(List.of(new Count("Java files", s.files()), new Count("parsed", s.parsedFiles()),
                new Count("skipped or broken", s.failedFiles()), new Count("candidates", s.candidates()),
                new Count("problems", report.problems().size())));

        Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
        int[] bins = new int[10];
        Map<String, int[]> byTrigger = new TreeMap<>();
        for (Candidate c : report.candidates()) {
            byVerdict.merge(c.verdict(), 1, Integer::sum);
            bins[Math.min(9, Math.max(0, c.scores().overall()) / 10)]++;
            byTrigger.computeIfAbsent(c.trigger().type(), t -> new int[3])[c.verdict().ordinal()]++;
        }
        List<Count> v = new ArrayList<>();
        for (Verdict verdict : Verdict.values()) {
            v.add(new Count(verdict.key(), byVerdict.getOrDefault(verdict, 0)));
        }
        verdicts.setAll(v);
        List<Bin> h = new ArrayList<>();
        for (int i = 0; i < bins.length; i++) {
            h.add(new Bin(i * 10, i == 9 ? 100 : i * 10 + 9, bins[i]));
        }
        histogram.setAll(h);
        triggers.setAll(byTrigger.entrySet().stream()
                .map(e -> new TriggerCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted((a, b) -> Integer.compare(b.total(), a.total())).toList());
    }

    /** What was scanned: the folder, or the git URL and branch. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Count>> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** strong, possible, poor — in that order, zeros included. */
    public ObservableList<Count> verdicts() {
        return verdicts;
    }

    public ObservableList<Bin> histogram() {
        return histogram;
    }

    /** Trigger types, most candidates first. */
    public ObservableList<TriggerCount> triggers() {
        return triggers;
    }
}
