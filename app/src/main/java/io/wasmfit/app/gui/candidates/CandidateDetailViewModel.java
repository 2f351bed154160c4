package io.wasmfit.app.gui.candidates;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import io.wasmfit.app.gui.satellite.SatelliteViewModel;
import io.wasmfit.app.gui.service.GuiServices;
import io.wasmfit.app.gui.service.SourceFiles;
import io.wasmfit.app.gui.task.BackgroundTask;
import io.wasmfit.model.Blocker;
import io.wasmfit.model.Candidate;
import io.wasmfit.model.Dependency;
import io.wasmfit.model.Evidence;
import io.wasmfit.model.Pattern;
import io.wasmfit.model.Report;
import io.wasmfit.rules.Criterion;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One candidate in full: its three scores with the evidence behind every point, its blockers,
 * dependencies, closure and patterns, and the code view: the file of the chosen evidence (or of
 * the entry point) with the lines that evidence points at highlighted.
 */
public final class CandidateDetailViewModel {

    /** One criterion's score and the evidence items that add up to it. */
    public record CriterionScore(Criterion criterion, String label, int score, List<Evidence> evidence) {
    }

    /** What the code view shows: a file, its text, the lines to highlight and the line to scroll to (1-based). */
    public record Code(String file, String text, Set<Integer> highlighted, int focusLine, String problem) {
    }

    private final GuiServices services;
    private final Supplier<Report> report;
    private final ObjectProperty<Candidate> candidate = new SimpleObjectProperty<>(this, "candidate");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper triggerText = new ReadOnlyStringWrapper(this, "triggerText", "");
    private final ReadOnlyStringWrapper closureText = new ReadOnlyStringWrapper(this, "closureText", "");
    private final ObservableList<CriterionScore> scores = FXCollections.observableArrayList();
    private final ObservableList<Blocker> blockers = FXCollections.observableArrayList();
    private final ObservableList<Dependency> dependencies = FXCollections.observableArrayList();
    private final ObservableList<String> closureTypes = FXCollections.observableArrayList();
    private final ObservableList<Pattern> patterns = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Code> code = new ReadOnlyObjectWrapper<>(this, "code");
    private final ReadOnlyBooleanWrapper generateAvailable = new ReadOnlyBooleanWrapper(this, "generateAvailable", false);
    private final ReadOnlyStringWrapper generateUnavailableReason = new ReadOnlyStringWrapper(this,
            "generateUnavailableReason", "Select a candidate first.");
    private BackgroundTask<Code> loading;

    public CandidateDetailViewModel(GuiServices services, Supplier<Report> report) {
        this.services = services;
        this.report = report;
        candidate.addListener((obs, old, now) -> show(old, now));
    }

    private void show(Candidate old, Candidate c) {
        String unavailable = c == null ? "Select a candidate first." : SatelliteViewModel.unavailableReason(c);
        generateAvailable.set(unavailable == null);
        generateUnavailableReason.set(unavailable == null ? "Generate a Spin app for this candidate, build it and compare it "
                + "with the original" : unavailable);
        if (c == null) {
            heading.set("");
            triggerText.set("");
            closureText.set("");
            scores.clear();
            blockers.clear();
            dependencies.clear();
            closureTypes.clear();
            patterns.clear();
            code.set(null);
            return;
        }
        heading.set(c.name() + " — " + c.verdict().key() + ", " + c.scores().overall() + "/100");
        triggerText.set(c.trigger().type() + "  " + CandidatesViewModel.triggerDetail(c) + "   ·   "
                + c.location().file() + ":" + c.location().line());
        List<CriterionScore> s = new ArrayList<>();
        s.add(score(c, Criterion.EVENT_DRIVEN, "Event-driven", c.scores().eventDriven()));
        s.add(score(c, Criterion.SHORT_RUNNING, "Short-running", c.scores().shortRunning()));
        s.add(score(c, Criterion.DEPENDENCY_SUPPORTED, "Dependencies supported", c.scores().dependencySupported()));
        scores.setAll(s);
        blockers.setAll(c.blockers());
        dependencies.setAll(c.dependencies());
        var closure = c.closure();
        closureText.set(closure == null ? "No closure was computed." : closure.types() + " types, " + closure.methods()
                + " methods, " + closure.lines() + " lines" + (closure.unresolvedCalls() > 0
                ? "; " + closure.unresolvedCalls() + " calls could not be resolved (their size is unknown)" : "")
                + (closure.truncated() ? "; cut at the depth or size bound" : ""));
        closureTypes.setAll(closure == null ? List.of() : closure.typeNames());
        patterns.setAll(c.patterns());
        // a re-score gives a new candidate with the same id: keep the file the user was reading
        Code shown = code.get();
        if (old != null && old.id().equals(c.id()) && shown != null) {
            openLocation(shown.file(), shown.focusLine());
        } else {
            openLocation(c.location().file(), c.location().line());
        }
    }

    private static CriterionScore score(Candidate c, Criterion criterion, String label, int value) {
        return new CriterionScore(criterion, label, value,
                c.evidence().stream().filter(e -> e.criterion() == criterion).toList());
    }

    /** Shows the file an evidence item points at, scrolled to its line. */
    public void openEvidence(Evidence e) {
        if (e != null && e.file() != null) {
            openLocation(e.file(), e.line());
        }
    }

    public void openBlocker(Blocker b) {
        if (b != null && b.file() != null) {
            openLocation(b.file(), b.line());
        }
    }

    /** Loads {@code file} (relative to the scanned folder) off the UI thread and focuses {@code line}. */
    public void openLocation(String file, int line) {
        Candidate c = candidate.get();
        Path base = report.get() == null ? null : Path.of(report.get().source().root());
        if (c == null || base == null || file == null) {
            return;
        }
        Set<Integer> lines = linesIn(c, file);
        if (loading != null) {
            loading.cancel();
        }
        BackgroundTask<Code> task = BackgroundTask.of("reading " + file, () -> {
            SourceFiles.Content content = SourceFiles.read(base, file);
            return new Code(file, content.text(), lines, line, content.problem());
        });
        loading = task;
        task.onSuccess(loaded -> {
            if (loading == task) {
                loading = null;
                code.set(loaded);
            }
        }).onFailure(failure -> services.report("reading " + file, failure));
        services.executor().execute(task);
    }

    /** Every line of {@code file} that the candidate's evidence, blockers or entry point points at. */
    static Set<Integer> linesIn(Candidate c, String file) {
        Set<Integer> lines = new TreeSet<>();
        c.evidence().stream().filter(e -> file.equals(e.file()) && e.line() > 0).forEach(e -> lines.add(e.line()));
        c.blockers().stream().filter(b -> file.equals(b.file()) && b.line() > 0).forEach(b -> lines.add(b.line()));
        if (file.equals(c.location().file()) && c.location().line() > 0) {
            lines.add(c.location().line());
        }
        return lines;
    }

    /** The generate → build → compare flow for the shown candidate (check {@link #generateAvailableProperty()} first). */
    public SatelliteViewModel satellite() {
        return new SatelliteViewModel(services, report.get(), candidate.get());
    }

    public ObjectProperty<Candidate> candidateProperty() {
        return candidate;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty triggerTextProperty() {
        return triggerText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty closureTextProperty() {
        return closureText.getReadOnlyProperty();
    }

    public ObservableList<CriterionScore> scores() {
        return scores;
    }

    public ObservableList<Blocker> blockers() {
        return blockers;
    }

    public ObservableList<Dependency> dependencies() {
        return dependencies;
    }

    public ObservableList<String> closureTypes() {
        return closureTypes;
    }

    public ObservableList<Pattern> patterns() {
        return patterns;
    }

    public ReadOnlyObjectProperty<Code> codeProperty() {
        return code.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty generateAvailableProperty() {
        return generateAvailable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty generateUnavailableReasonProperty() {
        return generateUnavailableReason.getReadOnlyProperty();
    }
}
