package io.wasmfit.app.gui.satellite;

import java.util.List;
import java.util.function.Function;

import io.wasmfit.generator.Finding;
import io.wasmfit.generator.compare.CaseOutcome;
import io.wasmfit.generator.compare.Comparison;
import io.wasmfit.matrix.TargetLanguage;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The "Generate satellite" window: options, live steps, then the comparison and its figures. */
public final class SatelliteView {

    private SatelliteView() {
    }

    public static Stage create(SatelliteViewModel vm, Window owner, List<String> stylesheets) {
        Label heading = new Label("Satellite of " + vm.candidate().name());
        heading.getStyleClass().add("heading");
        ChoiceBox<TargetLanguage> language = new ChoiceBox<>(vm.languages());
        language.setId("satellite-language");
        language.valueProperty().bindBidirectional(vm.languageProperty());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(TargetLanguage t) {
                return t == null ? "" : t.key() + (t == TargetLanguage.JAVA ? " (built with TeaVM and compared)" : " (SDK stub)");
            }

            @Override
            public TargetLanguage fromString(String s) {
                throw new UnsupportedOperationException("read-only");
            }
        });
        TextField folder = new TextField();
        folder.setId("satellite-folder");
        folder.setPrefColumnCount(40);
        folder.textProperty().bindBidirectional(vm.folderProperty());
        CheckBox force = new CheckBox("Write into a folder that is not empty (only files wasmfit wrote are replaced)");
        force.selectedProperty().bindBidirectional(vm.forceProperty());
        BooleanBinding busy = Bindings.createBooleanBinding(() -> switch (vm.stepProperty().get()) {
            case GENERATING, BUILDING, COMPARING -> true;
            default -> false;
        }, vm.stepProperty());
        Button run = new Button("Generate, build and compare");
        run.setId("satellite-run");
        run.setDefaultButton(true);
        run.disableProperty().bind(busy.or(vm.languageProperty().isNull()));
        run.setOnAction(e -> vm.run());
        Button cancel = new Button("Cancel");
        cancel.setId("satellite-cancel");
        cancel.disableProperty().bind(busy.not());
        cancel.setOnAction(e -> vm.cancel());
        Button open = new Button("Open folder");
        open.setId("satellite-open");
        open.disableProperty().bind(vm.satelliteProperty().isNull());
        open.setOnAction(e -> vm.openFolder());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Language"), language);
        form.addRow(1, new Label("Folder"), folder);
        form.add(force, 1, 2);
        GridPane.setHgrow(folder, Priority.ALWAYS);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        spinner.visibleProperty().bind(busy);
        Label stepText = new Label();
        stepText.setId("satellite-step");
        stepText.textProperty().bind(vm.stepTextProperty());
        HBox actions = new HBox(8, run, cancel, open, spinner, stepText);
        actions.setAlignment(Pos.CENTER_LEFT);
        ListView<String> log = new ListView<>(vm.log());
        log.setPrefHeight(90);
        vm.log().addListener((javafx.collections.ListChangeListener<String>) c -> log.scrollTo(vm.log().size() - 1));

        TableView<CaseOutcome> cases = new TableView<>();
        cases.setId("satellite-cases");
        cases.setPlaceholder(new Label("The comparison shows here once the satellite is built."));
        cases.getColumns().addAll(List.of(
                column("Input", o -> o.request().name(), 260),
                column("From", o -> o.request().origin().name().toLowerCase(java.util.Locale.ROOT), 80),
                column("JVM vs Wasm", o -> o.equal() ? "equal" : "DIFFERENT", 100),
                column("Difference", o -> o.difference() == null ? "" : o.difference(), 360)));
        ListView<Finding> findings = new ListView<>();
        findings.setPrefHeight(80);
        findings.setPlaceholder(new Label("No findings: everything the candidate reaches moved as it is."));
        findings.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + ": " + f.describe());
            }
        });
        vm.satelliteProperty().addListener((obs, old, s) -> findings.setItems(
                FXCollections.observableArrayList(s == null ? List.of() : s.findings())));
        BarChart<String, Number> time = chart("Start to answer (ms)");
        time.setId("satellite-time-chart");
        BarChart<String, Number> size = chart("Artifact size (KB)");
        size.setId("satellite-size-chart");
        vm.comparisonProperty().addListener((obs, old, c) -> {
            // differences first: they are what the user has to look at
            cases.setItems(FXCollections.observableArrayList(c == null ? List.<CaseOutcome>of() : c.cases().stream()
                    .sorted(java.util.Comparator.comparing(CaseOutcome::equal)).toList()));
            showFigures(c, time, size);
        });
        HBox charts = new HBox(8, time, size);
        HBox.setHgrow(time, Priority.ALWAYS);
        HBox.setHgrow(size, Priority.ALWAYS);

        VBox root = new VBox(10, heading, form, actions, log, new Label("Findings"), findings,
                new Label("Responses"), cases, charts);
        VBox.setVgrow(cases, Priority.ALWAYS);
        root.setPadding(new Insets(16));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("wasmfit — satellite of " + vm.candidate().name());
        Scene scene = new Scene(root, 980, 820);
        scene.getStylesheets().setAll(stylesheets);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> vm.cancel());
        return stage;
    }

    private static void showFigures(Comparison c, BarChart<String, Number> time, BarChart<String, Number> size) {
        if (c == null) {
            time.getData().clear();
            size.getData().clear();
            return;
        }
        XYChart.Series<String, Number> t = new XYChart.Series<>();
        t.getData().add(new XYChart.Data<>("JVM, fresh process", c.jvmColdStartMs()));
        t.getData().add(new XYChart.Data<>("Wasm, first run", c.wasmFirstMs()));
        t.getData().add(new XYChart.Data<>("Wasm, per request", c.wasmWarmMedianMs()));
        time.getData().setAll(List.of(t));
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.getData().add(new XYChart.Data<>("original classes (jar)", c.jarBytes() / 1024.0));
        s.getData().add(new XYChart.Data<>("satellite (.wasm)", c.wasmBytes() / 1024.0));
        size.getData().setAll(List.of(s));
    }

    private static BarChart<String, Number> chart(String title) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(220);
        return chart;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

}
