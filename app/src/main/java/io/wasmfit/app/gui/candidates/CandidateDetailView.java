package io.wasmfit.app.gui.candidates;

import java.util.List;
import java.util.function.Function;

import io.wasmfit.app.gui.satellite.SatelliteView;
import io.wasmfit.model.Blocker;
import io.wasmfit.model.Dependency;
import io.wasmfit.model.Evidence;
import io.wasmfit.model.Pattern;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The selected candidate: scores with their evidence (a click opens the code at that line),
 * blockers, dependencies with verdict and Spin replacement, the closure, and the code view.
 */
public final class CandidateDetailView {

    /** A row of the score tree: a criterion with its score, or one evidence item under it. */
    private record Row(String what, Integer points, String rule, String where, Evidence evidence) {
    }

    private final StackPane root = new StackPane();

    public CandidateDetailView(CandidateDetailViewModel vm) {
        Label heading = new Label();
        heading.setId("detail-heading");
        heading.getStyleClass().add("subheading");
        heading.textProperty().bind(vm.headingProperty());
        heading.setWrapText(true);
        Label trigger = new Label();
        trigger.setId("detail-trigger");
        trigger.getStyleClass().add("muted");
        trigger.textProperty().bind(vm.triggerTextProperty());

        Button generate = new Button("Generate satellite…");
        generate.setId("generate-satellite");
        generate.disableProperty().bind(vm.generateAvailableProperty().not());
        generate.setMinWidth(Region.USE_PREF_SIZE);
        generate.setOnAction(e -> SatelliteView.create(vm.satellite(), generate.getScene().getWindow(),
                generate.getScene().getStylesheets()).show());
        // a disabled control shows no tooltip, so the reason sits on a wrapper around it
        StackPane generateHolder = new StackPane(generate);
        Tooltip why = new Tooltip();
        why.textProperty().bind(vm.generateUnavailableReasonProperty());
        why.setWrapText(true);
        why.setMaxWidth(420);
        Tooltip.install(generateHolder, why);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, new VBox(4, heading, trigger), spacer, generateHolder);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8));

        TabPane tabs = new TabPane(
                tab("Scores", scoreTree(vm)),
                tab("Blockers", blockerTable(vm)),
                tab("Dependencies", dependencyTable(vm)),
                tab("Closure", closure(vm)));
        tabs.setId("detail-tabs");
        CodeView code = new CodeView(vm);
        SplitPane split = new SplitPane(tabs, code.root());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox content = new VBox(top, split);
        VBox.setVgrow(split, Priority.ALWAYS);

        Label empty = new Label("Select a candidate to see why it scored as it did.");
        empty.getStyleClass().add("muted");
        content.visibleProperty().bind(vm.candidateProperty().isNotNull());
        empty.visibleProperty().bind(vm.candidateProperty().isNull());
        root.getChildren().addAll(empty, content);
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }

    private static Node scoreTree(CandidateDetailViewModel vm) {
        TreeTableView<Row> tree = new TreeTableView<>();
        tree.setId("evidence-tree");
        tree.setShowRoot(false);
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.getColumns().addAll(List.of(
                treeColumn("What", Row::what, 330),
                treeColumn("Points", r -> r.points() == null ? "" : (r.evidence() != null && r.points() > 0 ? "+" : "") + r.points(), 70),
                treeColumn("Rule", Row::rule, 170),
                treeColumn("Where", Row::where, 220)));
        Runnable refresh = () -> {
            TreeItem<Row> rootItem = new TreeItem<>();
            for (CandidateDetailViewModel.CriterionScore s : vm.scores()) {
                TreeItem<Row> criterion = new TreeItem<>(new Row(s.label() + " — " + s.evidence().size() + " evidence",
                        s.score(), "", "", null));
                for (Evidence e : s.evidence()) {
                    criterion.getChildren().add(new TreeItem<>(new Row(e.message(), e.points(), e.ruleId(),
                            e.file() == null ? "" : e.file() + ":" + e.line(), e)));
                }
                criterion.setExpanded(true);
                rootItem.getChildren().add(criterion);
            }
            tree.setRoot(rootItem);
        };
        vm.scores().addListener((ListChangeListener<CandidateDetailViewModel.CriterionScore>) c -> refresh.run());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now.getValue() != null && now.getValue().evidence() != null) {
                vm.openEvidence(now.getValue().evidence());
            }
        });
        tree.setPlaceholder(new Label("No evidence."));
        refresh.run();
        return tree;
    }

    private static Node blockerTable(CandidateDetailViewModel vm) {
        TableView<Blocker> table = new TableView<>(vm.blockers());
        table.setId("blocker-table");
        table.setPlaceholder(new Label("Nothing blocks this candidate."));
        table.getColumns().addAll(List.of(
                column("Blocker", Blocker::message, 360),
                column("Rule", Blocker::ruleId, 170),
                column("Where", b -> b.file() == null ? "" : b.file() + ":" + b.line(), 220)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.openBlocker(now));
        return table;
    }

    private static Node dependencyTable(CandidateDetailViewModel vm) {
        TableView<Dependency> table = new TableView<>(vm.dependencies());
        table.setId("dependency-table");
        table.setPlaceholder(new Label("The closure uses no library outside the JDK core."));
        TableColumn<Dependency, String> verdict = column("Verdict", d -> d.verdict().key(), 100);
        verdict.setCellFactory(c -> new TableCell<>() {
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
        table.getColumns().addAll(List.of(
                column("Library", Dependency::library, 260),
                verdict,
                column("Spin replacement", d -> d.replacement() == null ? "—" : d.replacement(), 180),
                column("Why", Dependency::reason, 360)));
        return table;
    }

    private static Node closure(CandidateDetailViewModel vm) {
        Label summary = new Label();
        summary.setId("closure-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.closureTextProperty());
        ListView<String> types = new ListView<>(vm.closureTypes());
        types.setPlaceholder(new Label("No repository type reached."));
        ListView<Pattern> patterns = new ListView<>(vm.patterns());
        patterns.setPlaceholder(new Label("No Spin pattern applies."));
        patterns.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Pattern p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.title() + " — " + p.advice());
                setWrapText(true);
            }
        });
        patterns.setPrefHeight(90);
        VBox box = new VBox(6, summary, new Label("Types reached"), types, new Label("Spin patterns that fit"), patterns);
        VBox.setVgrow(types, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private static TreeTableColumn<Row, String> treeColumn(String title, Function<Row, String> value, double width) {
        TreeTableColumn<Row, String> column = new TreeTableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                cell.getValue().getValue() == null ? "" : value.apply(cell.getValue().getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    public Node root() {
        return root;
    }
}
