package io.wasmfit.app.gui.candidates;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import io.wasmfit.model.Candidate;
import io.wasmfit.model.Report;
import io.wasmfit.model.Verdict;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The candidates of the report, filtered by verdict, trigger type, package and free text. An
 * empty choice means "any". The selection survives a re-score: the candidate with the same id is
 * selected in the new report.
 */
public final class CandidatesViewModel {

    private final ObservableList<Candidate> all = FXCollections.observableArrayList();
    private final FilteredList<Candidate> shown = new FilteredList<>(all);
    private final ObservableList<String> triggerTypeOptions = FXCollections.observableArrayList();
    private final ObservableList<String> packageOptions = FXCollections.observableArrayList();
    private final ObservableList<Verdict> verdictFilter = FXCollections.observableArrayList();
    private final ObservableList<String> triggerTypeFilter = FXCollections.observableArrayList();
    private final ObservableList<String> packageFilter = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<Candidate> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");

    public CandidatesViewModel(ObservableValue<Report> report) {
        ListChangeListener<Object> refilter = change -> refilter();
        verdictFilter.addListener(refilter);
        triggerTypeFilter.addListener(refilter);
        packageFilter.addListener(refilter);
        search.addListener((obs, old, now) -> refilter());
        shown.addListener((ListChangeListener<Candidate>) change -> updateCount());
        // an invalidation listener: a re-scan of unchanged code gives an equal report, which a
        // change listener would not hear about, and the candidates must still be the new objects
        report.addListener((javafx.beans.Observable o) -> show(report.getValue()));
        show(report.getValue());
    }

    private void show(Report report) {
        String selectedId = selected.get() == null ? null : selected.get().id();
        if (report == null) {
            all.clear();
            triggerTypeOptions.clear();
            packageOptions.clear();
            selected.set(null);
            return;
        }
        all.setAll(report.candidates());
        TreeSet<String> types = new TreeSet<>();
        TreeSet<String> packages = new TreeSet<>();
        report.candidates().forEach(c -> {
            types.add(c.trigger().type());
            packages.add(packageOf(c));
        });
        triggerTypeOptions.setAll(types);
        packageOptions.setAll(packages);
        triggerTypeFilter.retainAll(types);
        packageFilter.retainAll(packages);
        selected.set(selectedId == null ? null : report.candidate(selectedId).orElse(null));
        updateCount();
    }

    /** The package of the class that declares the entry point ("" for the default package). */
    public static String packageOf(Candidate c) {
        String type = c.declaringType();
        int dot = type.lastIndexOf('.');
        return dot < 0 ? "" : type.substring(0, dot);
    }

    /** "GET /api/orders/{id}", a topic, a cron expression or a handler: what the trigger listens to. */
    public static String triggerDetail(Candidate c) {
        var d = c.trigger().detail();
        if (d.containsKey("route")) {
            return (d.getOrDefault("method", "") + " " + d.get("route")).strip();
        }
        for (String key : new String[] {"destination", "cron", "handler"}) {
            if (d.containsKey(key)) {
                return d.get(key);
            }
        }
        return String.join(", ", d.values());
    }

    private void refilter() {
        shown.setPredicate(predicate());
        updateCount();
    }

    private Predicate<Candidate> predicate() {
        var verdicts = Set.copyOf(verdictFilter);
        var types = Set.copyOf(triggerTypeFilter);
        var packages = Set.copyOf(packageFilter);
        String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        return c -> (verdicts.isEmpty() || verdicts.contains(c.verdict()))
                && (types.isEmpty() || types.contains(c.trigger().type()))
                && (packages.isEmpty() || packages.contains(packageOf(c)))
                && (text.isEmpty() || matches(c, text));
    }

    private static boolean matches(Candidate c, String text) {
        return c.id().toLowerCase(Locale.ROOT).contains(text)
                || c.name().toLowerCase(Locale.ROOT).contains(text)
                || triggerDetail(c).toLowerCase(Locale.ROOT).contains(text)
                || c.location().file().toLowerCase(Locale.ROOT).contains(text);
    }

    private void updateCount() {
        countText.set(shown.size() == all.size() ? all.size() + " candidates"
                : shown.size() + " of " + all.size() + " candidates");
    }

    /** Clears every filter. */
    public void clearFilters() {
        verdictFilter.clear();
        triggerTypeFilter.clear();
        packageFilter.clear();
        search.set("");
    }

    /** The candidates that pass the filters, in report order (the table sorts its own view). */
    public ObservableList<Candidate> shown() {
        return shown;
    }

    public ObservableList<String> triggerTypeOptions() {
        return triggerTypeOptions;
    }

    public ObservableList<String> packageOptions() {
        return packageOptions;
    }

    public ObservableList<Verdict> verdictFilter() {
        return verdictFilter;
    }

    public ObservableList<String> triggerTypeFilter() {
        return triggerTypeFilter;
    }

    public ObservableList<String> packageFilter() {
        return packageFilter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Candidate> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }
}
