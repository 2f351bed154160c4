package io.wasmfit.analyzer.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.wasmfit.model.Problem;

/**
 * The files of a workspace that the analysis reads, found by {@link SourceWalker}.
 *
 * @param javaFiles   production Java sources (test source folders are left out)
 * @param buildFiles  pom.xml, build.gradle(.kts), gradle/libs.versions.toml
 * @param configFiles application*.properties / application*.yml, for ${placeholders} in annotations
 * @param problems    folders and files that could not be read or were not followed
 * @param stats       size and modification time of each Java file, as seen while listing
 * @param listedAt    when listing began (epoch milliseconds): every stat was read after it
 */
public record WorkspaceFiles(Path root, List<Path> javaFiles, List<Path> buildFiles, List<Path> configFiles,
                             List<Problem> problems, Map<Path, FileStat> stats, long listedAt) {

    /** What the listing saw of a file: a cache entry whose size and time both match is unchanged. */
    public record FileStat(long size, long modified) {
    }

    public WorkspaceFiles {
        javaFiles = List.copyOf(javaFiles);
        buildFiles = List.copyOf(buildFiles);
        configFiles = List.copyOf(configFiles);
        problems = List.copyOf(problems);
        stats = Map.copyOf(stats);
    }

    /** The path of {@code file} relative to the root, with '/' on every platform. */
    public String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
