package io.wasmfit.app.gui.main;

import io.wasmfit.app.gui.project.ScanViewModel;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The progress of a running scan: what, which phase, how far, how long, and Cancel. */
public final class ScanView {

    private final VBox root = new VBox();

    public ScanView(ScanViewModel vm) {
        Label heading = new Label();
        heading.getStyleClass().add("heading");
        heading.textProperty().bind(Bindings.concat("Scanning ", vm.locationProperty()));
        heading.setWrapText(true);
        Label phase = new Label();
        phase.setId("scan-phase");
        phase.getStyleClass().add("subheading");
        phase.textProperty().bind(vm.phaseTextProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("scan-progress");
        bar.setPrefWidth(520);
        bar.progressProperty().bind(vm.progressProperty());
        Label count = new Label();
        count.setId("scan-count");
        count.textProperty().bind(vm.countTextProperty());
        Label elapsed = new Label();
        elapsed.setId("scan-elapsed");
        elapsed.getStyleClass().add("muted");
        elapsed.textProperty().bind(Bindings.concat("Elapsed: ", vm.elapsedTextProperty()));
        HBox numbers = new HBox(24, count, elapsed);
        numbers.setAlignment(Pos.CENTER);
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-scan");
        cancel.setCancelButton(true);
        cancel.disableProperty().bind(vm.stateProperty().isNotEqualTo(ScanViewModel.State.RUNNING));
        cancel.setOnAction(e -> vm.cancel());

        root.getChildren().addAll(heading, phase, bar, numbers, cancel);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("scan-overlay");
        root.setId("scan-overlay");

        Timeline clock = new Timeline(new KeyFrame(Duration.millis(100), e -> vm.refreshElapsed()));
        clock.setCycleCount(Animation.INDEFINITE);
        vm.stateProperty().addListener((obs, old, now) -> {
            if (now == ScanViewModel.State.IDLE) {
                clock.stop();
            } else {
                clock.play();
            }
        });
        root.visibleProperty().bind(vm.stateProperty().isNotEqualTo(ScanViewModel.State.IDLE));
    }

    public Node root() {
        return root;
    }
}
