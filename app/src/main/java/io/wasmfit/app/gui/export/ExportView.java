package io.wasmfit.app.gui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The export dialog: formats, folder, "open the HTML report". Export starts the writing and closes it. */
public final class ExportView {

    public static final ButtonType EXPORT = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);

    private ExportView() {
    }

    public static Dialog<ButtonType> create(ExportViewModel vm, Window owner, Consumer<List<Path>> done) {
        vm.prepare();
        VBox formats = new VBox(6);
        for (ExportViewModel.Format f : vm.formats()) {
            CheckBox box = new CheckBox(f.exporter().format() + " — " + f.exporter().description());
            box.setId("export-format-" + f.exporter().format());
            box.selectedProperty().bindBidirectional(f.selected());
            formats.getChildren().add(box);
        }
        TextField folder = new TextField();
        folder.setId("export-folder");
        folder.textProperty().bindBidirectional(vm.folderProperty());
        folder.setPrefColumnCount(40);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> vm.chooseFolder());
        HBox folderRow = new HBox(6, folder, browse);
        HBox.setHgrow(folder, Priority.ALWAYS);
        CheckBox open = new CheckBox("Open the HTML report in the browser when done");
        open.setId("export-open-html");
        open.selectedProperty().bindBidirectional(vm.openHtmlProperty());
        Label note = new Label("Only wasmfit's own wasmfit-report.* files are ever replaced in that folder.");
        note.getStyleClass().add("muted");
        Node content = new VBox(10, new Label("Formats"), formats, new Label("Folder"), folderRow, open, note);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("wasmfit: Export the report");
        dialog.setHeaderText("Export the report");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(EXPORT, ButtonType.CANCEL);
        Node export = dialog.getDialogPane().lookupButton(EXPORT);
        export.setId("export-run");
        export.disableProperty().bind(vm.canExportProperty().not());
        dialog.setResultConverter(button -> {
            if (button == EXPORT) {
                vm.export(done);
            }
            return button;
        });
        return dialog;
    }
}
