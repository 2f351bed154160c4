package io.wasmfit.app.gui.service;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.application.HostServices;
import javafx.scene.control.Alert;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs as JavaFX alerts and native choosers, owned by the main window and styled like it. */
public class FxDialogService implements DialogService {

    private final Window owner;
    private final HostServices host;
    private final Consumer<DialogPane> styler;

    public FxDialogService(Window owner, HostServices host, Consumer<DialogPane> styler) {
        this.owner = owner;
        this.host = host;
        this.styler = styler;
    }

    @Override
    public void showError(UserError error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("wasmfit: " + error.title());
        alert.setHeaderText(error.title());
        Label message = new Label(error.message());
        message.setWrapText(true);
        message.setId("error-message");
        alert.getDialogPane().setContent(message);
        if (error.detail() != null) {
            TextArea detail = new TextArea(error.detail());
            detail.setEditable(false);
            detail.setWrapText(false);
            detail.setId("error-detail");
            VBox.setVgrow(detail, Priority.ALWAYS);
            alert.getDialogPane().setExpandableContent(new VBox(detail));
        }
        show(alert);
    }

    @Override
    public void showInfo(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("wasmfit: " + title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        show(alert);
    }

    private void show(Alert alert) {
        alert.initOwner(owner);
        alert.getDialogPane().setMinWidth(460);
        styler.accept(alert.getDialogPane());
        // not showAndWait: a test robot (and the user) may be busy elsewhere; the dialog is modal anyway
        alert.show();
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFile(String title, Path initial, String description, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description,
                Arrays.stream(extensions).map(e -> "*." + e).toList()));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public void open(Path path) {
        host.showDocument(path.toAbsolutePath().toUri().toString());
    }
}
