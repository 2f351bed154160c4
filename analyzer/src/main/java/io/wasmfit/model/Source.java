package io.wasmfit.model;

/**
 * What was scanned: the folder on disk and, for a git URL, the URL, branch and commit that the
 * folder holds. Fields that do not apply are {@code null}.
 */
public record Source(String root, String gitUrl, String branch, String commit) {

    public static Source folder(String root) {
        return new Source(root, null, null, null);
    }
}
