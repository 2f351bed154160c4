package io.wasmfit.app.gui.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;

import io.wasmfit.app.gui.service.DialogService;
import io.wasmfit.rules.RuleError;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The packs and their rules with on/off switches, loading a user pack, and its validation errors. */
public final class RulesView {

    private final SplitPane root = new SplitPane();

    public RulesView(RulesViewModel vm, DialogService dialogs) {
        ListView<RulesViewModel.PackItem> packs = new ListView<>(vm.packs());
        packs.setId("pack-list");
        packs.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(RulesViewModel.PackItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
                setTooltip(empty || item == null ? null : new Tooltip(item.pack().title()));
            }
        });
        packs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.selectedPackProperty().set(now));
        vm.selectedPackProperty().addListener((obs, old, now) -> {
            if (now == null) {
                packs.getSelectionModel().clearSelection();
            } else if (now != packs.getSelectionModel().getSelectedItem()) {
                packs.getSelectionModel().select(now);
            }
        });
        Button all = new Button("All packs");
        all.setOnAction(e -> vm.selectedPackProperty().set(null));
        Button load = new Button("Load pack…");
        load.setId("load-pack");
        load.setTooltip(new Tooltip("Add a YAML rule pack (docs/rules.md describes the format)"));
        load.setOnAction(e -> dialogs.chooseFile("Load a rule pack", Path.of(System.getProperty("user.home")),
                "Rule packs (*.yaml, *.yml)", "yaml", "yml").ifPresent(vm::loadPack));
        Button remove = new Button("Remove");
        remove.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.selectedPackProperty().get() == null || !vm.selectedPackProperty().get().user(),
                vm.selectedPackProperty()));
        remove.setOnAction(e -> vm.removePack(vm.selectedPackProperty().get()));
        HBox packButtons = new HBox(6, all, load, remove);
        Label packsHeading = new Label("Rule packs");
        packsHeading.getStyleClass().add("subheading");
        VBox left = new VBox(8, packsHeading, packs, packButtons);
        VBox.setVgrow(packs, Priority.ALWAYS);
        left.setPadding(new Insets(8));

        CustomTextField search = (CustomTextField) TextFields.createClearableTextField();
        search.setId("rule-search");
        search.setPromptText("Search rules");
        search.textProperty().bindBidirectional(vm.searchProperty());
        Button enableAll = new Button("Switch all on");
        enableAll.setOnAction(e -> vm.enableAll());
        Label summary = new Label();
        summary.setId("rules-summary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(vm.summaryProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(8, search, enableAll, spacer, summary);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.setPadding(new Insets(8));

        TableView<RulesViewModel.RuleItem> rules = new TableView<>(vm.shownRules());
        rules.setId("rule-table");
        rules.getColumns().addAll(List.of(switchColumn(),
                column("Rule", i -> i.rule().id(), 230),
                column("Title", i -> i.rule().title(), 300),
                column("Criterion", i -> i.rule().criterion().key(), 140),
                column("Points", i -> i.rule().blocker() ? "blocker" : String.valueOf(i.rule().points()), 70),
                column("Kind", i -> i.rule().isEntryPoint() ? "entry point" : "signal", 90),
                column("Pack", i -> i.rule().pack(), 120)));
        BorderPane right = new BorderPane(rules);
        right.setTop(tools);

        TableView<RuleError> errors = new TableView<>(vm.errors());
        errors.setId("rule-errors");
        errors.getColumns().addAll(List.of(
                errorColumn("File", RuleError::file, 260),
                errorColumn("Line", e -> e.line() > 0 ? String.valueOf(e.line()) : "", 60),
                errorColumn("Column", e -> e.column() > 0 ? String.valueOf(e.column()) : "", 60),
                errorColumn("Problem", RuleError::message, 520)));
        Label errorHeading = new Label();
        errorHeading.getStyleClass().addAll("subheading", "error-text");
        errorHeading.textProperty().bind(Bindings.createStringBinding(() -> vm.errors().size()
                + " problem(s) in the loaded pack; rules with errors were left out", vm.errors()));
        VBox errorBox = new VBox(6, errorHeading, errors);
        errorBox.setPadding(new Insets(8));
        errorBox.visibleProperty().bind(Bindings.isNotEmpty(vm.errors()));
        errorBox.managedProperty().bind(errorBox.visibleProperty());
        errors.setPrefHeight(150);
        right.setBottom(errorBox);

        root.getItems().addAll(left, right);
        root.setOrientation(Orientation.HORIZONTAL);
        root.setDividerPositions(0.26);
    }

    private static TableColumn<RulesViewModel.RuleItem, RulesViewModel.RuleItem> switchColumn() {
        TableColumn<RulesViewModel.RuleItem, RulesViewModel.RuleItem> column = new TableColumn<>("On");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final CheckBox box = new CheckBox();
            private RulesViewModel.RuleItem bound;

            @Override
            protected void updateItem(RulesViewModel.RuleItem item, boolean empty) {
                super.updateItem(item, empty);
                if (bound != null) {
                    box.selectedProperty().unbindBidirectional(bound.enabledProperty());
                    bound = null;
                }
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                bound = item;
                box.selectedProperty().bindBidirectional(item.enabledProperty());
                box.setDisable(item.offByPack() != null);
                box.setId("rule-switch-" + item.rule().id());
                setTooltip(item.offByPack() == null ? null : new Tooltip("Switched off by the pack " + item.offByPack()));
                setGraphic(box);
            }
        });
        column.setPrefWidth(44);
        column.setSortable(false);
        return column;
    }

    private static TableColumn<RulesViewModel.RuleItem, String> column(String title,
            Function<RulesViewModel.RuleItem, String> value, double width) {
        TableColumn<RulesViewModel.RuleItem, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<RuleError, String> errorColumn(String title, Function<RuleError, String> value, double width) {
        TableColumn<RuleError, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    public Node root() {
        return root;
    }
}
