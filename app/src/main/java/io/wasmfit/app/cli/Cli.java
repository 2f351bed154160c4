package io.wasmfit.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import picocli.CommandLine;

/**
 * Runs the CLI and turns every outcome into an exit code: usage errors are 2 with picocli's
 * message, {@link UserInputException} is 2 with its one sentence, anything else is an internal
 * error (3) whose stack trace goes to a log file, never to the user's terminal.
 */
public final class Cli {

    private Cli() {
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new WasmfitCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(ex, commandLine));
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("wasmfit: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.BAD_INPUT.code();
        });
        return cl;
    }

    public static int run(String... args) {
        CommandLine cl = commandLine();
        try {
            return cl.execute(args);
        } catch (RuntimeException | Error e) {
            // picocli hands Errors (and exceptions thrown while printing) back to the caller
            return handle(e, cl);
        }
    }

    private static int handle(Throwable ex, CommandLine commandLine) {
        PrintWriter err = commandLine.getErr();
        if (ex instanceof UserInputException) {
            err.println("wasmfit: " + ex.getMessage());
            return ExitCode.BAD_INPUT.code();
        }
        Path log = writeLog(ex);
        err.println("wasmfit: internal error: " + ex + (log == null ? "" : " (details in " + log + ")"));
        return ExitCode.INTERNAL.code();
    }

    private static Path writeLog(Throwable ex) {
        try {
            Path dir = AppDirs.logs();
            Files.createDirectories(dir);
            Path log = dir.resolve("wasmfit-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")) + ".log");
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            Files.writeString(log, "wasmfit " + Version.current() + "\n" + trace, StandardCharsets.UTF_8);
            return log;
        } catch (IOException | RuntimeException logFailure) {
            return null;
        }
    }
}
