package io.wasmfit.app.gui.candidates;

import io.wasmfit.model.Verdict;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.layout.StackPane;

/** A table cell that draws a 0–100 score as a bar coloured by the verdict that score alone would get. */
public final class ScoreBarCell<S> extends TableCell<S, Integer> {

    private final ProgressBar bar = new ProgressBar();
    private final Label text = new Label();
    private final StackPane graphic = new StackPane(bar, text);

    public ScoreBarCell() {
        bar.getStyleClass().add("score-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        text.getStyleClass().add("score-text");
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
        bar.setProgress(Math.max(0, Math.min(100, score)) / 100.0);
        bar.getStyleClass().removeIf(s -> s.startsWith("score-") && !s.equals("score-bar"));
        bar.getStyleClass().add("score-" + Verdict.of(score).key());
        text.setText(String.valueOf(score));
        setAccessibleText(String.valueOf(score));
        setGraphic(graphic);
    }
}
