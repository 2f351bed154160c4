package io.wasmfit.app.gui.candidates;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * A read-only view of one source file with line numbers, light Java colouring, the lines the
 * candidate's evidence points at highlighted, and the chosen line scrolled into view.
 */
public final class CodeView {

    private static final Pattern JAVA = Pattern.compile(
            "(?<comment>//[^\n]*|/\\*[\\s\\S]*?\\*/)"
            + "|(?<string>\"(?:[^\"\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\n]|\\\\.)')"
            + "|(?<annotation>@[A-Za-z_][\\w.]*)"
            + "|(?<keyword>\\b(?:abstract|assert|boolean|break|byte|case|catch|char|class|const|continue|default|do|double"
            + "|else|enum|extends|final|finally|float|for|goto|if|implements|import|instanceof|int|interface|long|native"
            + "|new|package|private|protected|public|record|return|short|static|strictfp|super|switch|synchronized|this"
            + "|throw|throws|transient|try|var|void|volatile|while|yield|null|true|false)\\b)");

    private final CodeArea area = new CodeArea();
    private final Label header = new Label();
    private final Label problem = new Label();
    private final BorderPane root = new BorderPane();

    public CodeView(CandidateDetailViewModel vm) {
        area.setId("code-view");
        area.setEditable(false);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        header.setId("code-file");
        header.getStyleClass().add("muted");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        root.setTop(header);
        root.setCenter(new StackPane(new VirtualizedScrollPane<>(area), problem));
        problem.setVisible(false);
        vm.codeProperty().addListener((obs, old, now) -> show(now));
        show(vm.codeProperty().get());
    }

    private void show(CandidateDetailViewModel.Code code) {
        if (code == null) {
            header.setText("");
            area.clear();
            problem.setVisible(false);
            return;
        }
        header.setText(code.file() + (code.focusLine() > 0 ? " : " + code.focusLine() : ""));
        if (code.text() == null) {
            area.clear();
            problem.setText(code.problem());
            problem.setVisible(true);
            return;
        }
        problem.setVisible(false);
        area.replaceText(code.text());
        if (code.file().endsWith(".java")) {
            area.setStyleSpans(0, colours(code.text()));
        }
        int paragraphs = area.getParagraphs().size();
        for (int line : code.highlighted()) {
            if (line >= 1 && line <= paragraphs) {
                area.setParagraphStyle(line - 1, List.of("evidence-line"));
            }
        }
        if (code.focusLine() >= 1 && code.focusLine() <= paragraphs) {
            int index = code.focusLine() - 1;
            area.setParagraphStyle(index, List.of("evidence-line", "focus-line"));
            area.moveTo(index, 0);
            area.showParagraphAtTop(Math.max(0, index - 8));
        } else {
            area.moveTo(0, 0);
            area.showParagraphAtTop(0);
        }
    }

    static StyleSpans<Collection<String>> colours(String text) {
        Matcher m = JAVA.matcher(text);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int last = 0;
        while (m.find()) {
            String style = m.group("comment") != null ? "code-comment" : m.group("string") != null ? "code-string"
                    : m.group("annotation") != null ? "code-annotation" : "code-keyword";
            spans.add(List.of(), m.start() - last);
            spans.add(List.of(style), m.end() - m.start());
            last = m.end();
        }
        spans.add(List.of(), text.length() - last);
        return spans.create();
    }

    public Node root() {
        return root;
    }
}
