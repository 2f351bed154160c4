package io.wasmfit.analyzer.evaluate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.wasmfit.analyzer.parse.SourceText;

/**
 * The text of workspace files, read from disk when a {@code text} match first asks for a file and
 * kept for the rest of the scoring. Only text rules read files; the facts keep no source text.
 * Thread-safe.
 */
public final class SourceLines {

    private static final long MAX_BYTES = 10L * 1024 * 1024;

    private final Path root;
    private final List<String> files;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    /**
     * @param root  the workspace root (null: no file can be read)
     * @param files every readable text file of the workspace (sources, build and configuration
     *              files), relative to the root with '/'
     */
    public SourceLines(Path root, List<String> files) {
        this.root = root;
        this.files = List.copyOf(files);
    }

    public static SourceLines none() {
        return new SourceLines(null, List.of());
    }

    public List<String> files() {
        return files;
    }

    /** The lines of a file, or none when it cannot be read. */
    public List<String> lines(String file) {
        if (root == null) {
            return List.of();
        }
        return cache.computeIfAbsent(file, f -> {
            try {
                SourceText text = SourceText.read(root.resolve(f), MAX_BYTES);
                return text.refused() ? List.of() : text.text().lines().toList();
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
    }
}
