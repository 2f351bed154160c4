package io.wasmfit.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.wasmfit.generator.GeneratorException;
import io.wasmfit.generator.build.BuildListener;
import io.wasmfit.generator.build.BuildProblem;
import io.wasmfit.generator.build.BuildResult;
import io.wasmfit.generator.build.SatelliteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wasmfit build DIR}: a generated Java satellite to .wasm, in-process (javac, then TeaVM 0.13.1). */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Compiles a generated Java satellite to a WASI module with TeaVM, in-process.",
            "Compiler errors are reported with the satellite's file and line."})
public final class BuildCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The satellite folder (made by 'wasmfit generate').")
    private Path dir;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        BuildResult result;
        try {
            result = SatelliteBuilder.build(dir, new BuildListener() {
                private String last = "";

                @Override
                public void step(String name) {
                    if (!name.equals(last)) {
                        stderr.println("wasmfit build: " + name);
                        stderr.flush();
                        last = name;
                    }
                }
            });
        } catch (GeneratorException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        if (!result.ok()) {
            for (BuildProblem p : result.problems()) {
                stderr.println(dir.resolve(p.file() == null ? "." : p.file()).normalize() + (p.line() > 0 ? ":" + p.line() : "")
                        + ": error: " + p.message());
            }
            stderr.println("wasmfit: the satellite did not build (" + result.problems().size() + " errors)");
            return ExitCode.BAD_INPUT.code();
        }
        stdout.printf("Built %s (%,d bytes) in %.1f s (javac %d ms, TeaVM %d ms)%n", result.wasm(), result.wasmBytes(),
                (result.javacMs() + result.teavmMs()) / 1000.0, result.javacMs(), result.teavmMs());
        return ExitCode.OK.code();
    }
}
