package io.wasmfit.app.gui.main;

import io.wasmfit.app.gui.service.RecentProject;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The start screen: open a folder, scan a folder or git URL and branch, reopen a recent project. */
public final class StartView {

    private final VBox root = new VBox();
    private final TextField location = new TextField();

    public StartView(StartViewModel vm) {
        Label heading = new Label("Find the parts of a Java monolith that fit WebAssembly");
        heading.getStyleClass().add("heading");
        Label intro = new Label("wasmfit scans a repository, scores every entry point as a Fermyon Spin satellite "
                + "and shows the evidence behind each score. Nothing is built or run.");
        intro.setWrapText(true);
        intro.getStyleClass().add("muted");

        Button open = new Button("Open folder…");
        open.setId("open-folder");
        open.setDefaultButton(false);
        open.setOnAction(e -> vm.chooseFolder());
        open.setTooltip(new Tooltip("Choose a folder and scan it (Ctrl+O)"));
        Label drop = new Label("or drop a folder onto this window");
        drop.getStyleClass().add("muted");
        HBox openRow = new HBox(12, open, drop);
        openRow.setAlignment(Pos.CENTER_LEFT);

        location.setId("location");
        location.setPromptText("/path/to/repository  or  https://github.com/org/repo.git");
        location.textProperty().bindBidirectional(vm.locationProperty());
        TextField branch = new TextField();
        branch.setId("branch");
        branch.setPromptText("default branch");
        branch.setPrefColumnCount(14);
        branch.textProperty().bindBidirectional(vm.branchProperty());
        Button scan = new Button("Scan");
        scan.setId("scan");
        scan.setDefaultButton(true);
        scan.disableProperty().bind(vm.scanEnabledProperty().not());
        scan.setOnAction(e -> vm.scan());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Folder or git URL"), location, new Label("Branch"), branch, scan);
        GridPane.setHgrow(location, Priority.ALWAYS);
        Label formHint = new Label("A git URL is cloned into wasmfit's cache (the branch applies to git URLs only).");
        formHint.getStyleClass().add("muted");

        Label recentHeading = new Label("Recent projects");
        recentHeading.getStyleClass().add("subheading");
        ListView<RecentProject> recent = new ListView<>(vm.recent());
        recent.setId("recent");
        recent.setPlaceholder(new Label("Projects you scan are listed here."));
        recent.setCellFactory(list -> new RecentCell(vm));
        recent.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.openRecent(recent.getSelectionModel().getSelectedItem());
            }
        });
        recent.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.openRecent(recent.getSelectionModel().getSelectedItem());
            } else if (e.getCode() == KeyCode.DELETE) {
                vm.forget(recent.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(recent, Priority.ALWAYS);

        root.getChildren().addAll(heading, intro, openRow, form, formHint, recentHeading, recent);
        root.getStyleClass().add("section");
        root.setPadding(new Insets(28, 36, 28, 36));
        root.setMaxWidth(980);
    }

    public Node root() {
        return root;
    }

    /** Puts the caret in the location field (Ctrl+L). */
    public void focusLocation() {
        location.requestFocus();
        location.selectAll();
    }

    private static final class RecentCell extends ListCell<RecentProject> {
        private final StartViewModel vm;

        RecentCell(StartViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(RecentProject item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setContextMenu(null);
                return;
            }
            setText(item.label());
            MenuItem reopen = new MenuItem("Scan again");
            reopen.setOnAction(e -> vm.openRecent(item));
            MenuItem forget = new MenuItem("Remove from the list");
            forget.setOnAction(e -> vm.forget(item));
            setContextMenu(new ContextMenu(reopen, forget));
        }
    }
}
