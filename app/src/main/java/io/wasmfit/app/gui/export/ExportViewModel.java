package io.wasmfit.app.gui.export;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.wasmfit.app.gui.service.GuiServices;
import io.wasmfit.app.gui.task.BackgroundTask;
import io.wasmfit.model.Report;
import io.wasmfit.report.Exporter;
import io.wasmfit.report.Exporters;
import io.wasmfit.report.OutputFolder;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The export dialog: which formats (the report module's registry, the same list as
 * {@code --format}), which folder, and whether to open the HTML report in the browser when done.
 * Writing goes through {@link OutputFolder}, so a file wasmfit did not write is never replaced.
 */
public final class ExportViewModel {

    /** A format with its check box. */
    public record Format(Exporter exporter, BooleanProperty selected) {
    }

    private final GuiServices services;
    private final Supplier<Report> report;
    private final List<Format> formats;
    private final StringProperty folder = new SimpleStringProperty(this, "folder", "");
    private final BooleanProperty openHtml = new SimpleBooleanProperty(this, "openHtml", true);
    private final BooleanBinding canExport;

    public ExportViewModel(GuiServices services, Supplier<Report> report, ObservableValue<Report> reportChanges) {
        this.services = services;
        this.report = report;
        this.formats = Exporters.all().stream()
                .map(e -> new Format(e, new SimpleBooleanProperty(Exporters.DEFAULT_FORMATS.contains(e.format()))))
                .toList();
        BooleanProperty[] boxes = formats.stream().map(Format::selected).toArray(BooleanProperty[]::new);
        this.canExport = Bindings.createBooleanBinding(() -> report.get() != null && !folder.get().isBlank()
                && formats.stream().anyMatch(f -> f.selected().get()), concat(boxes, folder, reportChanges));
    }

    private static javafx.beans.Observable[] concat(BooleanProperty[] boxes, StringProperty folder, ObservableValue<Report> r) {
        javafx.beans.Observable[] all = new javafx.beans.Observable[boxes.length + 2];
        System.arraycopy(boxes, 0, all, 0, boxes.length);
        all[boxes.length] = folder;
        all[boxes.length + 1] = r;
        return all;
    }

    /** Fills the folder field when the dialog opens: the last folder used, or wasmfit-reports/NAME in the home folder. */
    public void prepare() {
        Report r = report.get();
        String last = services.preferences().get().lastExportFolder();
        if (last != null && !last.isBlank()) {
            folder.set(last);
        } else if (r != null) {
            String name = Path.of(r.source().root()).getFileName().toString();
            folder.set(Path.of(System.getProperty("user.home"), "wasmfit-reports", name).toString());
        }
    }

    /** Lets the user pick the folder. */
    public void chooseFolder() {
        Path initial = null;
        try {
            initial = folder.get().isBlank() ? null : Path.of(folder.get());
        } catch (InvalidPathException ignored) {
            // an unusable path in the field: the chooser starts from its default
        }
        services.dialogs().chooseFolder("Export the report to", initial).ifPresent(p -> folder.set(p.toString()));
    }

    /**
     * Writes the chosen formats off the UI thread; {@code done} gets the files written. The HTML
     * report is opened in the browser when asked for.
     */
    public void export(Consumer<List<Path>> done) {
        if (!canExport.get()) {
            return;
        }
        Report r = report.get();
        Path target;
        try {
            target = Path.of(folder.get().strip()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            services.dialogs().showError(new io.wasmfit.app.gui.service.UserError("Cannot export",
                    "'" + folder.get() + "' is not a usable folder name.", null));
            return;
        }
        List<Exporter> chosen = formats.stream().filter(f -> f.selected().get()).map(Format::exporter).toList();
        boolean open = openHtml.get() && chosen.stream().anyMatch(e -> e.format().equals("html"));
        services.executor().execute(BackgroundTask.of("exporting the report to " + target,
                () -> new OutputFolder(target).write(r, chosen))
                .onSuccess(files -> {
                    services.preferences().update(p -> p.withLastExportFolder(target.toString()));
                    if (open) {
                        files.stream().filter(f -> f.getFileName().toString().endsWith(".html")).findFirst()
                                .ifPresent(services.dialogs()::open);
                    }
                    done.accept(files);
                })
                .onFailure(failure -> services.report("exporting the report to " + target, failure)));
    }

    public List<Format> formats() {
        return formats;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public BooleanProperty openHtmlProperty() {
        return openHtml;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }
}
