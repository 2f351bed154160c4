package io.wasmfit.app.gui.preferences;

import io.wasmfit.app.gui.service.Preferences;
import io.wasmfit.app.gui.service.Theme;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The preferences dialog: OK saves, Cancel forgets the edits. */
public final class PreferencesView {

    private PreferencesView() {
    }

    public static Dialog<ButtonType> create(PreferencesViewModel vm, Window owner) {
        vm.reset();
        Spinner<Integer> jobs = spinner(1, Preferences.MAX_JOBS, vm.jobsProperty().get(), 1);
        jobs.setId("pref-jobs");
        Spinner<Integer> timeout = spinner(100, 600_000, vm.sandboxTimeoutMsProperty().get(), 500);
        Spinner<Integer> memory = spinner(1, 4096, vm.sandboxMemoryMbProperty().get(), 16);
        Spinner<Integer> output = spinner(0, 1_048_576, vm.sandboxOutputKbProperty().get(), 64);
        ChoiceBox<Theme> theme = new ChoiceBox<>(FXCollections.observableArrayList(Theme.values()));
        theme.setId("pref-theme");
        theme.setValue(vm.themeProperty().get());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, new Label("Files parsed at once"), jobs);
        grid.addRow(row++, new Label("Theme"), theme);
        Label sandbox = new Label("Sandbox limits for generated satellites");
        sandbox.getStyleClass().add("subheading");
        grid.add(sandbox, 0, row++, 2, 1);
        grid.addRow(row++, new Label("CPU time per run (ms)"), timeout);
        grid.addRow(row++, new Label("Memory (MB)"), memory);
        grid.addRow(row, new Label("Output per stream (KB)"), output);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("wasmfit: Preferences");
        dialog.setHeaderText("Preferences");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> {
            if (button == ButtonType.OK) {
                vm.jobsProperty().set(jobs.getValue());
                vm.sandboxTimeoutMsProperty().set(timeout.getValue());
                vm.sandboxMemoryMbProperty().set(memory.getValue());
                vm.sandboxOutputKbProperty().set(output.getValue());
                vm.themeProperty().set(theme.getValue());
                vm.save();
            } else {
                vm.reset();
            }
            return button;
        });
        return dialog;
    }

    private static Spinner<Integer> spinner(int min, int max, int value, int step) {
        Spinner<Integer> spinner = new Spinner<>(min, max, Math.max(min, Math.min(max, value)), step);
        spinner.setEditable(true);
        spinner.setPrefWidth(130);
        return spinner;
    }
}
