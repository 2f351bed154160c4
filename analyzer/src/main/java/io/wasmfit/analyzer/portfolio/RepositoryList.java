package io.wasmfit.analyzer.portfolio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.wasmfit.analyzer.workspace.WorkspaceException;

/**
 * A portfolio list file: one repository per line, {@code <folder|git-url> [branch]}; blank lines
 * and lines starting with {@code #} are ignored. Relative folders are relative to the list file.
 */
public final class RepositoryList {

    /** One line of the list. */
    public record Item(String location, String branch, int line) {
    }

    private RepositoryList() {
    }

    public static List<Item> read(Path file) throws WorkspaceException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WorkspaceException("cannot read the portfolio list " + file + ": " + e.getMessage(), e);
        }
        List<Item> items = new ArrayList<>();
        Path base = file.toAbsolutePath().getParent();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length > 2) {
                throw new WorkspaceException(file + ":" + (i + 1) + ": expected '<folder|git-url> [branch]', found '" + line + "'");
            }
            String location = parts[0];
            if (!io.wasmfit.analyzer.workspace.GitCheckout.isGitUrl(location) && !Path.of(location).isAbsolute()) {
                location = base.resolve(location).normalize().toString();
            }
            items.add(new Item(location, parts.length == 2 ? parts[1] : null, i + 1));
        }
        if (items.isEmpty()) {
            throw new WorkspaceException("the portfolio list " + file + " names no repository");
        }
        return items;
    }
}
