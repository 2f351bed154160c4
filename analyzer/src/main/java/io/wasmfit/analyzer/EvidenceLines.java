package io.wasmfit.analyzer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wasmfit.analyzer.parse.SourceText;

/**
 * The source lines evidence points at, read from disk only for files that have evidence, so that
 * reports can show the code without the scan keeping every file's text in memory.
 */
final class EvidenceLines {

    private static final int MAX_LENGTH = 200;

    private final Path root;
    private final Map<String, List<String>> files = new HashMap<>();

    EvidenceLines(Path root) {
        this.root = root;
    }

    String line(String file, int line) {
        if (line <= 0 || file == null) {
            return null;
        }
        List<String> lines = files.computeIfAbsent(file, this::read);
        if (line > lines.size()) {
            return null;
        }
        String text = lines.get(line - 1).strip();
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text;
    }

    private List<String> read(String file) {
        try {
            SourceText text = SourceText.read(root.resolve(file), 10L * 1024 * 1024);
            return text.refused() ? List.of() : text.text().lines().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
