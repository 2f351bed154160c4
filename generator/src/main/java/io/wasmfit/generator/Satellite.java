package io.wasmfit.generator;

import java.nio.file.Path;
import java.util.List;

import io.wasmfit.generator.build.BuildProblem;

/**
 * A generated satellite: the folder, what wasmfit wrote there ({@link SatelliteManifest}), and
 * what the user must know (replaced collaborators, stubs, what is left to do).
 *
 * @param compileProblems javac errors of a Java satellite that does not compile yet (empty when it does)
 */
public record Satellite(Path dir, SatelliteManifest manifest, List<Finding> findings, List<BuildProblem> compileProblems) {

    public Satellite {
        findings = List.copyOf(findings);
        compileProblems = List.copyOf(compileProblems);
    }
}
