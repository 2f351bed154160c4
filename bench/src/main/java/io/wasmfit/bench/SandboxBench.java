package io.wasmfit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import io.wasmfit.sandbox.GuestInput;
import io.wasmfit.sandbox.RunResult;
import io.wasmfit.sandbox.Sandbox;
import io.wasmfit.sandbox.SandboxLimits;
import io.wasmfit.sandbox.SandboxOptions;
import io.wasmfit.sandbox.WasmModule;
import io.wasmfit.sandbox.WasmRuntime;

/**
 * Benchmark (not a test) of the sandbox on a TeaVM-compiled Java program, against a fresh JVM
 * running the same program to its first output, all measured in one run:
 * <ul>
 *   <li>cold: a fresh worker process per run (start + compile + instantiate + run), as seen by the caller;</li>
 *   <li>warm: one worker holding the compiled module, a fresh instance per run, as Spin serves a
 *       request: instantiate + `_start` inside the worker, and the caller's round trip;</li>
 *   <li>baseline: {@code java -cp ... QuoteProgram} until its first byte of stdout.</li>
 * </ul>
 * Arguments: [warm runs, default 200] [cold runs, default 10].
 */
public final class SandboxBench {

    private static final String[] ARGS = {"B-2", "12"};

    private SandboxBench() {
    }

    public static void main(String[] args) throws Exception {
        int warmRuns = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int coldRuns = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path out = Path.of("bench", "target", "bench-wasm");

        long t0 = System.nanoTime();
        Path wasm = TeaVmWasi.compile(QuoteProgram.class, out, "quote.wasm");
        double teavmMs = ms(System.nanoTime() - t0);
        WasmModule module = WasmModule.read(wasm);
        GuestInput input = GuestInput.of("quote.wasm", ARGS[0], ARGS[1]);
        SandboxLimits limits = SandboxLimits.defaults();

        String jvmOutput = firstLine(freshJvm());
        double[] jvm = new double[coldRuns];
        for (int i = 0; i < coldRuns; i++) {
            jvm[i] = ms(freshJvmToFirstByte());
        }

        println("Sandbox benchmark: %s (TeaVM 0.13.1, WASI), %d bytes, compiled by TeaVM in %.0f ms", wasm, module.size(), teavmMs);
        println("  guest output: %s", jvmOutput);
        println("");
        println("%-44s %10s %10s", "", "median ms", "p90 ms");
        row("fresh JVM to first output (baseline)", jvm);

        for (WasmRuntime runtime : WasmRuntime.values()) {
            SandboxOptions options = SandboxOptions.defaults().withRuntime(runtime);
            List<RunResult> uncached = new ArrayList<>();
            double[] uncachedMs = cold(options.withCompileCacheDir(null), module, input, limits, jvmOutput, coldRuns, uncached);
            List<RunResult> cold = new ArrayList<>();
            cold(options, module, input, limits, jvmOutput, 1, new ArrayList<>()); // fills the compile cache
            double[] coldMs = cold(options, module, input, limits, jvmOutput, coldRuns, cold);
            List<RunResult> warm = new ArrayList<>();
            double[] roundTrip = new double[warmRuns];
            try (Sandbox sandbox = Sandbox.open(options)) {
                for (int i = 0; i < 20; i++) {
                    check(sandbox.run(module, input, limits), jvmOutput); // compile, then let the worker's JIT settle
                }
                for (int i = 0; i < warmRuns; i++) {
                    long s = System.nanoTime();
                    warm.add(check(sandbox.run(module, input, limits), jvmOutput));
                    roundTrip[i] = ms(System.nanoTime() - s);
                }
            }
            String name = runtime.name().toLowerCase(Locale.ROOT);
            println("-- %s", name);
            row("cold, no compile cache: whole run (caller)", uncachedMs);
            row("  of which worker start", of(uncached, r -> r.metrics().workerStartMs()));
            row("  of which compile", of(uncached, r -> r.metrics().compileMs()));
            row("  of which instantiate + run", of(uncached, r -> r.metrics().requestMs()));
            row("cold, compile cache hit: whole run (caller)", coldMs);
            row("  of which compile (cache hit)", of(cold, r -> r.metrics().compileMs()));
            double[] request = of(warm, r -> r.metrics().requestMs());
            row("warm: instantiate + run (_start), " + warmRuns + " runs", request);
            row("  of which instantiate", of(warm, r -> r.metrics().instantiateMs()));
            row("  instantiate + first output", of(warm, r -> r.metrics().instantiateMs() + r.metrics().firstOutputMs()));
            row("warm: round trip seen by the caller", roundTrip);
            println("  ratios: fresh JVM / cold = %.2f x, fresh JVM / warm = %.0f x, warm goal <= 1 ms: %s",
                    median(jvm) / median(coldMs), median(jvm) / median(request), median(request) <= 1.0 ? "met" : "missed");
        }
    }

    /** Runs in a fresh worker each time; returns the caller-side times and adds the results to {@code results}. */
    private static double[] cold(SandboxOptions options, WasmModule module, GuestInput input, SandboxLimits limits,
                                 String expected, int runs, List<RunResult> results) {
        double[] times = new double[runs];
        try (Sandbox sandbox = Sandbox.open(options.withReuseWorker(false))) {
            for (int i = 0; i < runs; i++) {
                long s = System.nanoTime();
                results.add(check(sandbox.run(module, input, limits), expected));
                times[i] = ms(System.nanoTime() - s);
            }
        }
        return times;
    }

    private static RunResult check(RunResult result, String expected) {
        if (!result.ok() || !firstLine(result.stdoutText()).equals(expected)) {
            throw new IllegalStateException("the guest did not run as on the JVM: " + result.summary() + " / " + result.stdoutText());
        }
        return result;
    }

    private static Process startJvm() throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), QuoteProgram.class.getName()));
        command.addAll(Arrays.asList(ARGS));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String freshJvm() throws IOException, InterruptedException {
        Process p = startJvm();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return output;
    }

    private static long freshJvmToFirstByte() throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = startJvm();
        try (InputStream in = p.getInputStream()) {
            if (in.read() < 0) {
                throw new IllegalStateException("the JVM printed nothing");
            }
            long first = System.nanoTime() - start;
            in.readAllBytes();
            p.waitFor();
            return first;
        }
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse("");
    }

    private static double[] of(List<RunResult> results, ToDoubleFunction<RunResult> metric) {
        return results.stream().mapToDouble(metric).toArray();
    }

    private static void row(String label, double[] values) {
        println("%-44s %10.3f %10.3f", label, median(values), percentile(values, 0.9));
    }

    static double median(double[] values) {
        return percentile(values, 0.5);
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void println(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
