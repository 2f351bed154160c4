package io.wasmfit.app.gui.candidates;

import java.util.List;
import java.util.function.Function;

import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;

import io.wasmfit.model.Candidate;
import io.wasmfit.model.Verdict;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The candidate table with its filters, and the selected candidate's detail beside it. */
public final class CandidatesView {

    private final SplitPane root = new SplitPane();
    private final CustomTextField search = (CustomTextField) TextFields.createClearableTextField();
    private final TableView<Candidate> table = new TableView<>();

    public CandidatesView(CandidatesViewModel vm, CandidateDetailView detail) {
        search.setId("candidate-search");
        search.setPromptText("Search name, route, topic, file…");
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(vm.searchProperty());

        CheckComboBox<Verdict> verdicts = new CheckComboBox<>(javafx.collections.FXCollections.observableArrayList(Verdict.values()));
        verdicts.setId("verdict-filter");
        verdicts.setTitle("Verdict");
        verdicts.setConverter(converter(Verdict::key));
        bindChecks(verdicts, vm.verdictFilter());
        CheckComboBox<String> types = new CheckComboBox<>(vm.triggerTypeOptions());
        types.setId("trigger-filter");
        types.setTitle("Trigger");
        bindChecks(types, vm.triggerTypeFilter());
        CheckComboBox<String> packages = new CheckComboBox<>(vm.packageOptions());
        packages.setId("package-filter");
        packages.setTitle("Package");
        bindChecks(packages, vm.packageFilter());
        Button clear = new Button("Clear filters");
        clear.setOnAction(e -> {
            verdicts.getCheckModel().clearChecks();
            types.getCheckModel().clearChecks();
            packages.getCheckModel().clearChecks();
            vm.clearFilters();
        });
        Label count = new Label();
        count.setId("candidate-count");
        count.getStyleClass().add("muted");
        count.textProperty().bind(vm.countTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        verdicts.setPrefWidth(120);
        types.setPrefWidth(120);
        packages.setPrefWidth(200);
        HBox searchRow = new HBox(8, search, spacer, count);
        searchRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox filterRow = new HBox(8, verdicts, types, packages, clear);
        filterRow.setAlignment(Pos.CENTER_LEFT);
        VBox filters = new VBox(6, searchRow, filterRow);
        filters.setPadding(new Insets(8));

        table.setId("candidate-table");
        table.setPlaceholder(new Label("No candidate matches the filters."));
        table.getColumns().addAll(List.of(
                text("Candidate", Candidate::name, 210),
                verdictColumn(),
                score("Overall", c -> c.scores().overall()),
                score("Event", c -> c.scores().eventDriven()),
                score("Short", c -> c.scores().shortRunning()),
                score("Deps", c -> c.scores().dependencySupported()),
                text("Trigger", c -> c.trigger().type(), 80),
                text("Listens to", CandidatesViewModel::triggerDetail, 220),
                text("Package", CandidatesViewModel::packageOf, 220)));
        table.getColumns().get(0).setId("column-name");
        table.getColumns().get(2).setId("column-overall");
        SortedList<Candidate> sorted = new SortedList<>(vm.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });

        table.getSelectionModel().select(vm.selectedProperty().get());
        BorderPane left = new BorderPane(table);
        left.setTop(filters);
        root.getItems().addAll(left, detail.root());
        root.setOrientation(Orientation.HORIZONTAL);
        root.setDividerPositions(0.54);
    }

    /** Puts the caret in the search field (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private static <T> void bindChecks(CheckComboBox<T> box, ObservableList<T> filter) {
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c ->
                filter.setAll(List.copyOf(box.getCheckModel().getCheckedItems())));
    }

    private static <T> StringConverter<T> converter(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : toText.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("read-only");
            }
        };
    }

    private static TableColumn<Candidate, String> text(String title, Function<Candidate, String> value, double width) {
        TableColumn<Candidate, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> constant(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<Candidate, Integer> score(String title, Function<Candidate, Integer> value) {
        TableColumn<Candidate, Integer> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> constant(value.apply(cell.getValue())));
        column.setCellFactory(c -> new ScoreBarCell<>());
        column.setPrefWidth(76);
        column.setSortType(TableColumn.SortType.DESCENDING);
        return column;
    }

    private static TableColumn<Candidate, Verdict> verdictColumn() {
        TableColumn<Candidate, Verdict> column = new TableColumn<>("Verdict");
        column.setCellValueFactory(cell -> constant(cell.getValue().verdict()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Verdict v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : v.key());
                String wanted = empty || v == null ? null : "verdict-" + v.key();
                if (wanted == null || !getStyleClass().contains(wanted)) {
                    getStyleClass().removeIf(s -> s.startsWith("verdict-"));
                    if (wanted != null) {
                        getStyleClass().add(wanted);
                    }
                }
            }
        });
        column.setComparator((a, b) -> Integer.compare(b.ordinal(), a.ordinal()));
        column.setPrefWidth(80);
        return column;
    }

    private static <T> ObservableValue<T> constant(T value) {
        return new ReadOnlyObjectWrapper<>(value);
    }

    public Node root() {
        return root;
    }
}
