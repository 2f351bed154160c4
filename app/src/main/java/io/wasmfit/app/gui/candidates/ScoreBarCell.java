package io.wasmfit.app.gui.candidates;

import io.wasmfit.model.Verdict;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A table cell that draws a 0–100 score as a bar coloured by the verdict that score alone would
 * get. Two plain regions and a label: a ProgressBar per cell made scrolling and every new report
 * pay for four skinned controls per row, and their style classes change only when the verdict does.
 */
public final class ScoreBarCell<S> extends TableCell<S, Integer> {

    private final Region fill = new Region();
    private final Label text = new Label();
    private final StackPane graphic = new StackPane();
    private Verdict shown;

    public ScoreBarCell() {
        Region track = new Region();
        track.getStyleClass().add("score-track");
        fill.getStyleClass().add("score-fill");
        fill.setMaxWidth(Region.USE_PREF_SIZE);
        StackPane.setAlignment(fill, Pos.CENTER_LEFT);
        text.getStyleClass().add("score-text");
        graphic.getChildren().addAll(track, fill, text);
        graphic.getStyleClass().add("score-bar");
        setText(null);
    }

    @Override
    protected void updateItem(Integer score, boolean empty) {
        super.updateItem(score, empty);
        if (empty || score == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        int value = Math.max(0, Math.min(100, score));
        fill.prefWidthProperty().unbind();
        fill.prefWidthProperty().bind(graphic.widthProperty().multiply(value / 100.0));
        Verdict verdict = Verdict.of(value);
        if (verdict != shown) {
            if (shown != null) {
                fill.getStyleClass().remove("score-" + shown.key());
            }
            fill.getStyleClass().add("score-" + verdict.key());
            shown = verdict;
        }
        text.setText(String.valueOf(score));
        setAccessibleText(String.valueOf(score));
        setGraphic(graphic);
    }
}
