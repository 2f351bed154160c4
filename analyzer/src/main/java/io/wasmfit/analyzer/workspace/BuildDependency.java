package io.wasmfit.analyzer.workspace;

/** A library a build file declares: Maven coordinates, the version when known, and which file. */
public record BuildDependency(String groupId, String artifactId, String version, String file) {

    /** {@code group:artifact}. */
    public String coordinates() {
        return groupId + ":" + artifactId;
    }
}
