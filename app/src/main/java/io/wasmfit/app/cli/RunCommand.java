package io.wasmfit.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.wasmfit.sandbox.GuestInput;
import io.wasmfit.sandbox.RunOutcome;
import io.wasmfit.sandbox.RunResult;
import io.wasmfit.sandbox.Sandbox;
import io.wasmfit.sandbox.SandboxLimits;
import io.wasmfit.sandbox.SandboxOptions;
import io.wasmfit.sandbox.WasmModule;
import io.wasmfit.sandbox.WasmRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wasmfit run}: one guest in the sandbox; its output on the terminal or in JSON with the metrics. */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        description = {"Runs a WASI command module in the sandbox, with limits.",
            "The guest gets no files, no network and only the environment given with --env;",
            "CPU time, linear memory and output are capped."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  the guest finished",
            "  1  the guest trapped, exited non-zero or hit a limit",
            "  2  bad usage, or the module is not a runnable WASI command (the message says why)",
            "  3  internal error (the sandbox worker failed)"})
public final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODULE.wasm", description = "The module to run.")
    private Path module;

    @Option(names = "--arg", paramLabel = "A", description = "An argument for the guest (repeatable); argv[0] is the module's file name.")
    private List<String> args = new ArrayList<>();

    @Option(names = "--env", paramLabel = "K=V", description = "An environment variable for the guest (repeatable).")
    private List<String> env = new ArrayList<>();

    @Option(names = "--stdin", paramLabel = "FILE", description = "A file to give the guest as stdin (default: empty).")
    private Path stdin;

    @Option(names = "--timeout-ms", paramLabel = "N", defaultValue = "10000", description = "CPU time limit (default: ${DEFAULT-VALUE}).")
    private long timeoutMs;

    @Option(names = "--max-memory-mb", paramLabel = "N", defaultValue = "256", description = "Linear memory limit (default: ${DEFAULT-VALUE}).")
    private long maxMemoryMb;

    @Option(names = "--max-output-kb", paramLabel = "N", defaultValue = "1024", description = "Limit for stdout and for stderr (default: ${DEFAULT-VALUE}).")
    private long maxOutputKb;

    @Option(names = "--runtime", paramLabel = "wasmtime|chicory", defaultValue = "wasmtime",
            description = "wasmtime (default; Chicory where it cannot load) or chicory.")
    private WasmRuntime runtime;

    @Option(names = "--json", description = "Print the outcome, the guest's output and the metrics as JSON.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        WasmModule wasm = readModule();
        GuestInput input = guestInput(wasm.name());
        RunResult result;
        try (Sandbox sandbox = Sandbox.open(SandboxOptions.defaults()
                .withRuntime(runtime)
                .withNativeCacheDir(AppDirs.home().resolve("native"))
                .withCompileCacheDir(AppDirs.home().resolve("compiled")))) {
            result = sandbox.run(wasm, input, limits());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson(result)));
        } else {
            out.print(result.stdoutText());
            err.print(result.stderrText());
            if (result.stdoutTruncated() || result.stderrTruncated()) {
                err.println("wasmfit: output cut at " + maxOutputKb + " KiB (--max-output-kb)");
            }
            if (!result.ok()) {
                err.println("wasmfit: " + module + ": " + result.summary());
            } else if (!result.message().isEmpty()) {
                err.println("wasmfit: note: " + result.message());
            }
        }
        out.flush();
        err.flush();
        return exitCode(result.outcome()).code();
    }

    static ExitCode exitCode(RunOutcome outcome) {
        if (outcome == RunOutcome.OK) {
            return ExitCode.OK;
        }
        if (outcome.badModule()) {
            return ExitCode.BAD_INPUT;
        }
        return outcome == RunOutcome.WORKER_CRASHED ? ExitCode.INTERNAL : ExitCode.THRESHOLD;
    }

    private WasmModule readModule() throws IOException {
        if (!Files.exists(module)) {
            throw new UserInputException(module + ": no such file");
        }
        if (!Files.isRegularFile(module)) {
            throw new UserInputException(module + ": not a file");
        }
        return WasmModule.read(module);
    }

    private GuestInput guestInput(String programName) throws IOException {
        List<String> argv = new ArrayList<>();
        argv.add(programName);
        argv.addAll(args);
        Map<String, String> environment = new LinkedHashMap<>();
        for (String entry : env) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new UserInputException("--env " + entry + ": expected NAME=VALUE");
            }
            environment.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
        GuestInput input = new GuestInput(argv, environment, new byte[0]);
        if (stdin != null) {
            if (!Files.isRegularFile(stdin)) {
                throw new UserInputException("--stdin " + stdin + ": no such file");
            }
            input = input.withStdin(stdin);
        }
        return input;
    }

    private SandboxLimits limits() {
        if (timeoutMs <= 0 || maxMemoryMb <= 0 || maxOutputKb < 0) {
            throw new UserInputException("limits must be positive: --timeout-ms " + timeoutMs + ", --max-memory-mb "
                    + maxMemoryMb + ", --max-output-kb " + maxOutputKb);
        }
        return SandboxLimits.defaults()
                .withTimeout(Duration.ofMillis(timeoutMs))
                .withMaxMemoryBytes(maxMemoryMb << 20)
                .withMaxOutputBytes(maxOutputKb << 10);
    }

    private Map<String, Object> toJson(RunResult r) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("moduleBytes", r.metrics().moduleBytes());
        metrics.put("workerStartMs", r.metrics().workerStartMs());
        metrics.put("compileMs", r.metrics().compileMs());
        metrics.put("instantiateMs", r.metrics().instantiateMs());
        metrics.put("firstOutputMs", r.metrics().firstOutputMs());
        metrics.put("runMs", r.metrics().runMs());
        metrics.put("peakMemoryBytes", r.metrics().peakMemoryBytes());
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("timeoutMs", timeoutMs);
        limits.put("maxMemoryMb", maxMemoryMb);
        limits.put("maxOutputKb", maxOutputKb);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("module", module.toString());
        json.put("runtime", r.runtime().name().toLowerCase(java.util.Locale.ROOT));
        json.put("outcome", r.outcome().name().toLowerCase(java.util.Locale.ROOT));
        json.put("exitCode", r.exitCode());
        json.put("message", r.message());
        json.put("stdout", new String(r.stdout(), StandardCharsets.UTF_8));
        json.put("stdoutTruncated", r.stdoutTruncated());
        json.put("stderr", new String(r.stderr(), StandardCharsets.UTF_8));
        json.put("stderrTruncated", r.stderrTruncated());
        json.put("unknownImports", r.unknownImports());
        json.put("metrics", metrics);
        json.put("limits", limits);
        return json;
    }
}
