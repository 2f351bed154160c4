package io.wasmfit.app.cli;

import picocli.CommandLine.Command;

/** The top-level {@code wasmfit} command; each capability is a subcommand. */
@Command(name = "wasmfit",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Finds the components of a Java codebase that make good WebAssembly (Fermyon Spin) satellites.",
        subcommands = {
            GuiCommand.class,
            ScanCommand.class,
            RulesCommand.class,
            MatrixCommand.class,
            DiffCommand.class,
            MergeCommand.class,
            RunCommand.class,
            GenerateCommand.class,
            BuildCommand.class,
            CompareCommand.class,
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  ok",
            "  1  a threshold was missed (--fail-under, a compare mismatch, a guest trap or limit)",
            "  2  bad usage or bad input (the message says what and where)",
            "  3  internal error (the message names a log file)"})
public final class WasmfitCommand {
}
