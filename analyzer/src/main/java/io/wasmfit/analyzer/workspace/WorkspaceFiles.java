package io.wasmfit.analyzer.workspace;

import java.nio.file.Path;
import java.util.List;

import io.wasmfit.model.Problem;

/**
 * The files of a workspace that the analysis reads, found by {@link SourceWalker}.
 *
 * @param javaFiles   production Java sources (test source folders are left out)
 * @param buildFiles  pom.xml, build.gradle(.kts), gradle/libs.versions.toml
 * @param configFiles application*.properties / application*.yml, for ${placeholders} in annotations
 * @param problems    folders and files that could not be read or were not followed
 */
public record WorkspaceFiles(Path root, List<Path> javaFiles, List<Path> buildFiles, List<Path> configFiles,
                             List<Problem> problems) {

    public WorkspaceFiles {
        javaFiles = List.copyOf(javaFiles);
        buildFiles = List.copyOf(buildFiles);
        configFiles = List.copyOf(configFiles);
        problems = List.copyOf(problems);
    }

    /** The path of {@code file} relative to the root, with '/' on every platform. */
    public String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
