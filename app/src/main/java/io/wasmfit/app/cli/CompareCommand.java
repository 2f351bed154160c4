package io.wasmfit.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.wasmfit.generator.GeneratorException;
import io.wasmfit.generator.compare.CaseOutcome;
import io.wasmfit.generator.compare.CompareRunner;
import io.wasmfit.generator.compare.Comparison;
import io.wasmfit.sandbox.SandboxLimits;
import io.wasmfit.sandbox.SandboxOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wasmfit compare DIR}: the original on the JVM against the satellite in the sandbox, request by request. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the same requests through the original code on the JVM and through the satellite's .wasm",
            "in the sandbox (WAGI), and compares the full responses byte for byte. Inputs: --inputs, literals from",
            "the repository's tests that call the candidate, and values generated from the parameter types."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  every response was equal", "  1  a response differed, or the satellite trapped or hit a limit",
            "  2  bad usage or bad input", "  3  internal error"})
public final class CompareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A built Java satellite folder.")
    private Path dir;

    @Option(names = "--inputs", paramLabel = "FILE", description = "A JSON array of cases: [{\"name\": \"...\", \"params\": {...}, \"body\": {...}}].")
    private Path inputs;

    @Option(names = "--max-generated", paramLabel = "N", defaultValue = "40", description = "At most N inputs generated from the parameter types (default: ${DEFAULT-VALUE}).")
    private int maxGenerated;

    @Option(names = "--json", description = "Print the comparison as JSON.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Comparison c;
        try {
            c = new CompareRunner(SandboxOptions.defaults(), SandboxLimits.defaults()).compare(dir, inputs, maxGenerated);
        } catch (GeneratorException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("candidate", c.candidateId());
            doc.put("equal", c.equalCount());
            doc.put("cases", c.cases().stream().map(o -> Map.of("name", o.request().name(), "origin", o.request().origin().name(),
                    "equal", o.equal(), "difference", o.difference())).toList());
            doc.put("metrics", Map.of("jvmColdStartMs", c.jvmColdStartMs(), "jvmFirstAnswerMs", c.jvmFirstAnswerMs(),
                    "jvmHeapBytes", c.jvmHeapBytes(), "wasmFirstMs", c.wasmFirstMs(), "wasmWarmMedianMs", c.wasmWarmMedianMs(),
                    "wasmMemoryBytes", c.wasmMemoryBytes(), "wasmBytes", c.wasmBytes(), "jarBytes", c.jarBytes()));
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
        } else {
            List<CaseOutcome> different = c.cases().stream().filter(o -> !o.equal()).toList();
            for (CaseOutcome o : c.cases()) {
                out.println((o.equal() ? "  equal   " : "  DIFFERS ") + "[" + o.request().origin().name().toLowerCase(java.util.Locale.ROOT)
                        + "] " + o.request().name() + (o.equal() ? "" : ": " + o.difference()));
            }
            out.printf("%d of %d responses equal%n", c.equalCount(), c.cases().size());
            out.printf("JVM cold start to first answer: %.1f ms (in this JVM: %.1f ms), heap %,d bytes%n",
                    c.jvmColdStartMs(), c.jvmFirstAnswerMs(), c.jvmHeapBytes());
            out.printf("Wasm first run (compile + instantiate + call): %.1f ms; instantiate + call, median: %.2f ms; memory %,d bytes%n",
                    c.wasmFirstMs(), c.wasmWarmMedianMs(), c.wasmMemoryBytes());
            out.printf("Artifact: .wasm %,d bytes; original closure as a jar %,d bytes%n", c.wasmBytes(), c.jarBytes());
            if (!different.isEmpty()) {
                spec.commandLine().getErr().println("wasmfit: " + different.size() + " responses differ");
            }
        }
        return c.allEqual() ? ExitCode.OK.code() : ExitCode.THRESHOLD.code();
    }
}
