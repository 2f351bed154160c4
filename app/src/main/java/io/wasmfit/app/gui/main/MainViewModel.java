package io.wasmfit.app.gui.main;

import java.nio.file.Path;

import io.wasmfit.analyzer.ScanOptions;
import io.wasmfit.app.gui.candidates.CandidateDetailViewModel;
import io.wasmfit.app.gui.candidates.CandidatesViewModel;
import io.wasmfit.app.gui.dashboard.DashboardViewModel;
import io.wasmfit.app.gui.export.ExportViewModel;
import io.wasmfit.app.gui.matrix.MatrixViewModel;
import io.wasmfit.app.gui.preferences.PreferencesViewModel;
import io.wasmfit.app.gui.project.ProjectViewModel;
import io.wasmfit.app.gui.project.ScanViewModel;
import io.wasmfit.app.gui.rules.RulesViewModel;
import io.wasmfit.app.gui.service.GuiServices;
import io.wasmfit.app.gui.service.RecentProject;
import io.wasmfit.matrix.LanguageMatrix;
import io.wasmfit.matrix.LibraryCatalog;
import io.wasmfit.model.Report;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The window as a whole: which section shows, the title, the status line, and the actions of the
 * menu (open, scan again, cancel, export). It owns the other view models and wires them: a
 * finished scan opens the project, a rule switched off re-scores it.
 */
public final class MainViewModel {

    /** The window's sections, one tab each. */
    public enum Section { START, DASHBOARD, CANDIDATES, RULES, MATRIX }

    private final GuiServices services;
    private final ScanViewModel scan;
    private final ProjectViewModel project;
    private final StartViewModel start;
    private final DashboardViewModel dashboard;
    private final CandidatesViewModel candidates;
    private final CandidateDetailViewModel detail;
    private final RulesViewModel rules;
    private final MatrixViewModel matrix;
    private final PreferencesViewModel preferences;
    private final ExportViewModel export;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section", Section.START);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "wasmfit");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Ready");
    private final BooleanBinding scanning;
    private final BooleanBinding hasReport;
    private RecentProject current;

    public MainViewModel(GuiServices services) {
        this.services = services;
        this.scan = new ScanViewModel(services.executor(), ScanOptions.defaults(services.cacheDir(), services.version()));
        this.project = new ProjectViewModel(services);
        this.scanning = Bindings.createBooleanBinding(() -> scan.stateProperty().get() != ScanViewModel.State.IDLE,
                scan.stateProperty());
        this.hasReport = Bindings.isNotNull(project.reportProperty());
        this.start = new StartViewModel(this::scan, scanning, services.dialogs(), services.preferences());
        this.dashboard = new DashboardViewModel(project.reportProperty());
        this.candidates = new CandidatesViewModel(project.reportProperty());
        this.detail = new CandidateDetailViewModel(services, project::report);
        this.detail.candidateProperty().bind(candidates.selectedProperty());
        this.rules = new RulesViewModel(ruleSet -> {
            if (project.isOpen()) {
                status.set("Re-scoring with " + rules().summaryProperty().get() + "…");
            }
            project.rescore(ruleSet);
        });
        this.matrix = new MatrixViewModel(LanguageMatrix.builtIn(), LibraryCatalog.builtIn());
        this.preferences = new PreferencesViewModel(services.preferences());
        this.export = new ExportViewModel(services, project::report, project.reportProperty());
        project.reportProperty().addListener((obs, old, now) -> reportChanged(old, now));
    }

    /** Scans a folder or git URL with the rules as they are now switched. */
    public void scan(String location, String branch) {
        if (location == null || location.isBlank() || scanning.get()) {
            return;
        }
        RecentProject target = new RecentProject(location.strip(), branch);
        section.set(Section.START);
        status.set("Scanning " + target.label() + "…");
        scan.scan(new ScanViewModel.Request(target.location(), branch, rules.ruleSet(),
                services.preferences().get().jobs()), new ScanViewModel.Outcome() {
                    @Override
                    public void succeeded(ScanViewModel.Result result) {
                        var summary = result.report().summary();
                        services.log().info("scanned " + target.label() + ": " + summary.candidates() + " candidates in "
                                + summary.files() + " Java files, " + summary.durationMs() + " ms");
                        current = target;
                        services.preferences().update(p -> p.withRecent(target));
                        project.open(result);
                        section.set(Section.DASHBOARD);
                    }

                    @Override
                    public void failed(Throwable failure) {
                        status.set("The scan of " + target.label() + " failed");
                        services.report("scanning " + target.label(), failure);
                    }

                    @Override
                    public void cancelled() {
                        status.set("Scan of " + target.label() + " cancelled");
                    }
                });
    }

    /** Scans the open project again (files may have changed). */
    public void rescan() {
        if (current != null) {
            scan(current.location(), current.branch());
        }
    }

    public void cancelScan() {
        scan.cancel();
    }

    /** Asks for a folder and scans it. */
    public void openFolder() {
        start.chooseFolder();
    }

    /** Says in the status line where an export went. */
    public void exported(java.util.List<Path> files) {
        status.set("Exported " + files.size() + " file(s) to " + (files.isEmpty() ? "" : files.get(0).getParent()));
    }

    /** Opens the folder the log file is in, for a bug report. */
    public void openLogFolder() {
        Path folder = services.log().file().getParent();
        services.dialogs().open(folder);
    }

    private void reportChanged(Report old, Report now) {
        if (now == null) {
            title.set("wasmfit");
            return;
        }
        String name = now.source().gitUrl() != null ? now.source().gitUrl() : Path.of(now.source().root()).getFileName().toString();
        title.set("wasmfit — " + name);
        var s = now.summary();
        status.set(s.candidates() + " candidates in " + s.files() + " Java files" + (old != null && sameSource(old, now)
                ? " (re-scored with " + rules.summaryProperty().get() + ")"
                : String.format(", scanned in %.1f s", s.durationMs() / 1000.0)));
    }

    private static boolean sameSource(Report a, Report b) {
        return a.source().equals(b.source());
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while a scan runs or is being cancelled. */
    public BooleanBinding scanningProperty() {
        return scanning;
    }

    public BooleanBinding hasReportProperty() {
        return hasReport;
    }

    public GuiServices services() {
        return services;
    }

    public ScanViewModel scanViewModel() {
        return scan;
    }

    public ProjectViewModel project() {
        return project;
    }

    public StartViewModel start() {
        return start;
    }

    public DashboardViewModel dashboard() {
        return dashboard;
    }

    public CandidatesViewModel candidates() {
        return candidates;
    }

    public CandidateDetailViewModel detail() {
        return detail;
    }

    public RulesViewModel rules() {
        return rules;
    }

    public MatrixViewModel matrix() {
        return matrix;
    }

    public PreferencesViewModel preferences() {
        return preferences;
    }

    public ExportViewModel export() {
        return export;
    }
}
