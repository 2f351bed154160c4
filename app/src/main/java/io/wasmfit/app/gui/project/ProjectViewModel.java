package io.wasmfit.app.gui.project;

import java.util.concurrent.atomic.AtomicReference;

import io.wasmfit.analyzer.Analysis;
import io.wasmfit.analyzer.ScanListener;
import io.wasmfit.app.gui.service.GuiServices;
import io.wasmfit.app.gui.task.BackgroundTask;
import io.wasmfit.model.Report;
import io.wasmfit.rules.RuleSet;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The open project: the parsed workspace and its current report. Re-scoring with other rules
 * reuses the parse, so switching a rule off shows its effect at once; when rules change faster
 * than scoring, the older run is cancelled and only the latest report is shown.
 */
public final class ProjectViewModel {

    private final GuiServices services;
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyBooleanWrapper rescoring = new ReadOnlyBooleanWrapper(this, "rescoring");
    private Analysis analysis;
    private BackgroundTask<Report> pending;

    public ProjectViewModel(GuiServices services) {
        this.services = services;
    }

    /** Shows the result of a finished scan. */
    public void open(ScanViewModel.Result result) {
        cancelPending();
        this.analysis = result.analysis();
        report.set(result.report());
    }

    /** Scores the open project again with {@code newRules}; does nothing before the first scan. */
    public void rescore(RuleSet newRules) {
        if (analysis == null) {
            return;
        }
        cancelPending();
        Analysis current = analysis;
        AtomicReference<BackgroundTask<Report>> self = new AtomicReference<>();
        ScanListener listener = new ScanListener() {
            @Override
            public boolean cancelled() {
                return self.get().isCancelRequested();
            }
        };
        BackgroundTask<Report> task = BackgroundTask.of("re-scoring with other rules", () -> {
            Report rescored = current.report(newRules, listener);
            current.awaitCacheWritten();
            return rescored;
        });
        self.set(task);
        pending = task;
        rescoring.set(true);
        task.onSuccess(r -> {
            if (pending == task) {
                pending = null;
                rescoring.set(false);
                report.set(r);
            }
        }).onFailure(failure -> {
            if (pending == task) {
                pending = null;
                rescoring.set(false);
                services.report("re-scoring the project", failure);
            }
        }).onCancelled(() -> {
            if (pending == task) {
                pending = null;
                rescoring.set(false);
            }
        });
        services.executor().execute(task);
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel();
            pending = null;
            rescoring.set(false);
        }
    }

    public ReadOnlyObjectProperty<Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public Report report() {
        return report.get();
    }

    /** True while a re-score runs. */
    public ReadOnlyBooleanProperty rescoringProperty() {
        return rescoring.getReadOnlyProperty();
    }

    public boolean isOpen() {
        return analysis != null;
    }
}
