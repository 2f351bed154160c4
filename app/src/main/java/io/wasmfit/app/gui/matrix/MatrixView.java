package io.wasmfit.app.gui.matrix;

import java.util.function.Function;

import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;

import io.wasmfit.matrix.CatalogEntry;
import io.wasmfit.matrix.Feature;
import io.wasmfit.matrix.Language;
import io.wasmfit.matrix.TargetLanguage;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The language matrix (Spin features per language) and the library catalog, filtered by one search field. */
public final class MatrixView {

    private final BorderPane root = new BorderPane();

    public MatrixView(MatrixViewModel vm) {
        CustomTextField search = (CustomTextField) TextFields.createClearableTextField();
        search.setId("library-search");
        search.setPromptText("Search Spin features, libraries, coordinates, packages");
        search.setPrefColumnCount(30);
        search.textProperty().bindBidirectional(vm.searchProperty());
        Label count = new Label();
        count.getStyleClass().add("muted");
        count.textProperty().bind(vm.countTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(8, search, spacer, count);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.setPadding(new Insets(8));

        TableView<CatalogEntry> table = new TableView<>(vm.libraries());
        table.setId("library-table");
        table.setPlaceholder(new Label("No library matches."));
        table.getColumns().add(column("Library", CatalogEntry::name, 200));
        table.getColumns().add(column("Category", CatalogEntry::category, 120));
        table.getColumns().add(column("Coordinates / packages", e -> String.join(", ",
                e.coordinates().isEmpty() ? e.packages() : e.coordinates()), 260));
        for (TargetLanguage language : vm.languages()) {
            table.getColumns().add(verdictColumn(language));
        }
        table.getColumns().add(column("Spin replacement", e -> e.replacement() == null ? "—" : e.replacement(), 180));
        table.getColumns().add(column("Why", e -> e.reason() == null ? "" : e.reason(), 380));
        TableView<Feature> features = new TableView<>(vm.features());
        features.setId("feature-table");
        features.setPlaceholder(new Label("No Spin feature matches."));
        TableColumn<Feature, String> feature = new TableColumn<>("Spin feature");
        feature.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()
                + (c.getValue().isPlugin() ? " (plugin " + c.getValue().plugin() + ")" : "")));
        feature.setPrefWidth(260);
        features.getColumns().add(feature);
        for (Language language : vm.matrixLanguages()) {
            TableColumn<Feature, String> column = new TableColumn<>(language.name());
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(vm.supportText(language, c.getValue())));
            column.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(String v, boolean empty) {
                    super.updateItem(v, empty);
                    getStyleClass().removeIf(s -> s.startsWith("verdict-"));
                    setText(empty || v == null ? null : v.contains(" — ") ? v.substring(0, v.indexOf(" — ")) + " *" : v);
                    setTooltip(empty || v == null || !v.contains(" — ") ? null : new Tooltip(v));
                    if (!empty && v != null) {
                        getStyleClass().add(v.startsWith("supported") ? "verdict-supported"
                                : v.startsWith("not-supported") ? "verdict-unsupported" : "verdict-unknown");
                    }
                }
            });
            column.setPrefWidth(130);
            features.getColumns().add(column);
        }
        Label source = new Label(vm.matrixSource() + "   (* a note: hover the cell)");
        source.getStyleClass().add("muted");
        source.setWrapText(true);
        BorderPane languages = new BorderPane(features);
        languages.setBottom(source);
        BorderPane.setMargin(source, new Insets(6));
        TabPane tabs = new TabPane(new Tab("Languages", languages), new Tab("Libraries", table));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("matrix-tabs");
        root.setTop(tools);
        root.setCenter(tabs);
    }

    private static TableColumn<CatalogEntry, String> verdictColumn(TargetLanguage language) {
        TableColumn<CatalogEntry, String> column = column(language.key(), e -> e.verdict(language).key(), 95);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                getStyleClass().removeIf(s -> s.startsWith("verdict-"));
                setText(empty ? null : v);
                if (!empty && v != null) {
                    getStyleClass().add("verdict-" + v);
                }
            }
        });
        return column;
    }

    private static TableColumn<CatalogEntry, String> column(String title, Function<CatalogEntry, String> value, double width) {
        TableColumn<CatalogEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    public Node root() {
        return root;
    }
}
