package io.wasmfit.app.gui.dashboard;

import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Totals, the verdict pie, the score histogram and the candidates per trigger type. */
public final class DashboardView {

    private final ScrollPane root;
    private final HBox totals = new HBox(12);
    private final PieChart verdicts = new PieChart();
    private final BarChart<String, Number> histogram = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final StackedBarChart<String, Number> triggers = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());

    public DashboardView(DashboardViewModel vm) {
        Label title = new Label();
        title.getStyleClass().add("heading");
        title.textProperty().bind(vm.titleProperty());
        title.setWrapText(true);
        totals.setId("totals");

        verdicts.setId("verdict-chart");
        verdicts.setTitle("Candidates by verdict");
        verdicts.setLabelsVisible(true);
        verdicts.setLegendVisible(false);
        verdicts.setAnimated(false);
        histogram.setId("score-histogram");
        histogram.setTitle("Overall scores");
        histogram.setLegendVisible(false);
        histogram.setAnimated(false);
        histogram.setCategoryGap(4);
        histogram.getXAxis().setLabel("overall score");
        histogram.getYAxis().setLabel("candidates");
        triggers.setId("trigger-chart");
        triggers.setTitle("Candidates by trigger type");
        triggers.setAnimated(false);
        triggers.getYAxis().setLabel("candidates");
        ((NumberAxis) histogram.getYAxis()).setMinorTickVisible(false);
        ((NumberAxis) triggers.getYAxis()).setMinorTickVisible(false);

        GridPane charts = new GridPane();
        charts.setHgap(12);
        charts.setVgap(12);
        charts.add(verdicts, 0, 0);
        charts.add(histogram, 1, 0);
        charts.add(triggers, 0, 1, 2, 1);
        for (Node chart : List.of(verdicts, histogram, triggers)) {
            GridPane.setHgrow(chart, Priority.ALWAYS);
            chart.getStyleClass().add("card");
        }
        verdicts.setPrefHeight(300);
        histogram.setPrefHeight(300);
        triggers.setPrefHeight(300);

        VBox content = new VBox(16, title, totals, charts);
        content.setPadding(new Insets(20));
        root = new ScrollPane(content);
        root.setFitToWidth(true);

        vm.totalsProperty().addListener((obs, old, now) -> showTotals(now));
        vm.verdicts().addListener((ListChangeListener<DashboardViewModel.Count>) c -> showVerdicts(vm.verdicts()));
        vm.histogram().addListener((ListChangeListener<DashboardViewModel.Bin>) c -> showHistogram(vm.histogram()));
        vm.triggers().addListener((ListChangeListener<DashboardViewModel.TriggerCount>) c -> showTriggers(vm.triggers()));
        showTotals(vm.totalsProperty().get());
        showVerdicts(vm.verdicts());
        showHistogram(vm.histogram());
        showTriggers(vm.triggers());
    }

    private void showTotals(List<DashboardViewModel.Count> counts) {
        totals.getChildren().clear();
        for (DashboardViewModel.Count c : counts) {
            Label value = new Label(String.valueOf(c.value()));
            value.getStyleClass().add("total-value");
            value.setId("total-" + c.label().replace(' ', '-'));
            Label label = new Label(c.label());
            label.getStyleClass().add("total-label");
            VBox card = new VBox(2, value, label);
            card.getStyleClass().add("card");
            card.setMinWidth(130);
            totals.getChildren().add(card);
        }
    }

    private void showVerdicts(List<DashboardViewModel.Count> counts) {
        verdicts.getData().clear();
        for (DashboardViewModel.Count c : counts) {
            if (c.value() == 0) {
                continue;
            }
            PieChart.Data slice = new PieChart.Data(c.label() + " (" + c.value() + ")", c.value());
            verdicts.getData().add(slice);
            // colour by verdict, not by position (a verdict with no candidates has no slice); inline,
            // because the chart resets the style classes of its slices whenever data changes
            slice.getNode().setStyle("-fx-pie-color: -wf-" + c.label() + ";");
        }
    }

    private void showHistogram(List<DashboardViewModel.Bin> bins) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (DashboardViewModel.Bin b : bins) {
            XYChart.Data<String, Number> bar = new XYChart.Data<>(b.label(), b.count());
            String style = "-fx-bar-fill: -wf-" + b.verdict().key() + ";";
            bar.nodeProperty().addListener((obs, old, node) -> {
                if (node != null) {
                    node.setStyle(style);
                }
            });
            series.getData().add(bar);
        }
        histogram.getData().setAll(List.of(series));
    }

    private void showTriggers(List<DashboardViewModel.TriggerCount> counts) {
        XYChart.Series<String, Number> strong = new XYChart.Series<>();
        strong.setName("strong");
        XYChart.Series<String, Number> possible = new XYChart.Series<>();
        possible.setName("possible");
        XYChart.Series<String, Number> poor = new XYChart.Series<>();
        poor.setName("poor");
        for (DashboardViewModel.TriggerCount t : counts) {
            strong.getData().add(new XYChart.Data<>(t.type(), t.strong()));
            possible.getData().add(new XYChart.Data<>(t.type(), t.possible()));
            poor.getData().add(new XYChart.Data<>(t.type(), t.poor()));
        }
        ((CategoryAxis) triggers.getXAxis()).getCategories().setAll(counts.stream().map(DashboardViewModel.TriggerCount::type).toList());
        triggers.getData().setAll(List.of(strong, possible, poor));
    }

    public Node root() {
        return root;
    }
}
