package io.wasmfit.app.gui.service;

/**
 * A workspace the user scanned: a folder, or a git URL with the branch asked for (null: the
 * remote's default branch).
 */
public record RecentProject(String location, String branch) {

    public String label() {
        return branch == null || branch.isBlank() ? location : location + " @ " + branch;
    }
}
