package io.wasmfit.generator.compare;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.wasmfit.generator.GeneratorException;
import io.wasmfit.generator.SatelliteManifest;
import io.wasmfit.generator.build.BuildProblem;
import io.wasmfit.generator.build.JavaCompilation;
import io.wasmfit.generator.java.ClosureSources;
import io.wasmfit.model.Candidate;
import io.wasmfit.sandbox.GuestInput;
import io.wasmfit.sandbox.RunResult;
import io.wasmfit.sandbox.Sandbox;
import io.wasmfit.sandbox.SandboxLimits;
import io.wasmfit.sandbox.SandboxOptions;
import io.wasmfit.sandbox.Wagi;
import io.wasmfit.sandbox.WagiRequest;
import io.wasmfit.sandbox.WasmModule;

/**
 * {@code wasmfit compare}: the same requests answered by the original code on the JVM (the
 * closure compiled from the satellite's sources with javax.tools, its entry called by reflection,
 * in this JVM) and by the satellite's .wasm in the sandbox through the WAGI adapter. Full CGI
 * responses are compared byte for byte; a difference is a finding, never smoothed over.
 */
public final class CompareRunner {

    private final SandboxOptions sandboxOptions;
    private final SandboxLimits limits;

    public CompareRunner(SandboxOptions sandboxOptions, SandboxLimits limits) {
        this.sandboxOptions = sandboxOptions;
        this.limits = limits;
    }

    public Comparison compare(Path satellite, Path userInputs, int maxGenerated) throws GeneratorException {
        // the JVM side runs in a child process with its own working folder: paths must not be relative
        Path dir = satellite.toAbsolutePath().normalize();
        SatelliteManifest m = SatelliteManifest.read(dir);
        if (m.entry() == null) {
            throw new GeneratorException(dir + " holds a " + m.language() + " stub: only Java satellites can be compared");
        }
        Path wasm = dir.resolve(m.wasm());
        if (!Files.isRegularFile(wasm)) {
            throw new GeneratorException("no " + m.wasm() + " in " + dir + ": run 'wasmfit build " + dir + "' first");
        }
        List<RequestCase> cases = new Inputs(m.entry(), sources(m)).all(userInputs, maxGenerated);
        if (cases.isEmpty()) {
            throw new GeneratorException("no inputs for " + m.candidateId() + ": give some with --inputs FILE");
        }
        Path work = dir.resolve("target/compare");
        Path classes = work.resolve("classes");
        compileJvmSide(dir, work, classes);

        List<CaseOutcome> outcomes = new ArrayList<>();
        double firstAnswerMs;
        List<Double> warm = new ArrayList<>();
        double wasmFirst = -1;
        long wasmMemory = 0;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL(),
                JavaCompilation.interopJar().toUri().toURL()}, ClassLoader.getPlatformClassLoader());
             Sandbox sandbox = Sandbox.open(sandboxOptions)) {
            long start = System.nanoTime();
            Method respond = loader.loadClass(m.entry().mainClass()).getMethod("respond", String[].class, Map.class, byte[].class);
            WasmModule module = WasmModule.read(wasm);
            firstAnswerMs = -1;
            for (RequestCase c : cases) {
                WagiRequest request = new WagiRequest(c.method(), c.path(), c.query(), c.headers(), c.body(),
                        m.entry().spinRoute(), "127.0.0.1:40000");
                GuestInput input = Wagi.guestInput(request);
                String jvm = jvm(respond, input);
                if (firstAnswerMs < 0) {
                    firstAnswerMs = (System.nanoTime() - start) / 1e6;
                }
                RunResult run = sandbox.run(module, input, limits);
                if (wasmFirst < 0) {
                    wasmFirst = run.metrics().compileMs() + run.metrics().instantiateMs() + run.metrics().runMs();
                } else {
                    warm.add(run.metrics().requestMs());
                }
                wasmMemory = Math.max(wasmMemory, run.metrics().peakMemoryBytes());
                if (run.ok()) {
                    String out = run.stdoutText();
                    outcomes.add(new CaseOutcome(c, jvm, out, false, CaseOutcome.firstDifference(jvm, out)));
                } else {
                    outcomes.add(new CaseOutcome(c, jvm, run.summary(), true, "the satellite did not answer: " + run.summary()));
                }
            }
        } catch (IOException | ReflectiveOperationException e) {
            throw new GeneratorException("cannot run the original on the JVM: " + e.getMessage(), e);
        }
        long[] cold = jvmColdStart(work, classes, m, cases.get(0));
        double warmMedian = warm.isEmpty() ? wasmFirst : warm.stream().sorted().toList().get(warm.size() / 2);
        long wasmBytes;
        try {
            wasmBytes = Files.size(wasm);
        } catch (IOException e) {
            wasmBytes = -1;
        }
        return new Comparison(m.candidateId(), outcomes, cold[0] / 1e3, firstAnswerMs, cold[1], wasmFirst, warmMedian,
                wasmMemory, wasmBytes, jarSize(classes));
    }

    private static ClosureSources sources(SatelliteManifest m) throws GeneratorException {
        Candidate stub = new Candidate(m.candidateId(), m.candidateId(), io.wasmfit.model.CandidateKind.HTTP,
                new io.wasmfit.model.Trigger("http", Map.of()), new io.wasmfit.model.Location("", 0),
                new io.wasmfit.model.Scores(0, 0, 0, 0), io.wasmfit.model.Verdict.POOR, List.of(), List.of(), List.of(),
                new io.wasmfit.model.Closure(0, 0, 0, List.of(m.entry().declaringType()), List.of(), List.of(), 0, false),
                List.of());
        return ClosureSources.load(Path.of(m.sourceRoot()), stub);
    }

    private static String jvm(Method respond, GuestInput input) throws IllegalAccessException {
        try {
            byte[] out = (byte[]) respond.invoke(null, input.argv().toArray(String[]::new), input.env(), input.stdin());
            return new String(out, StandardCharsets.UTF_8);
        } catch (InvocationTargetException e) {
            return "the original threw " + e.getCause();
        }
    }

    /** The satellite's sources (the sliced original and the same entry) compiled for the JVM, plus a launcher. */
    private static void compileJvmSide(Path dir, Path work, Path classes) throws GeneratorException {
        try {
            JavaSources.deleteRecursively(work);
            Path src = work.resolve("src");
            JavaSources.copyTree(dir.resolve("src/main/java"), src);
            Files.writeString(src.resolve("WasmfitJvmLauncher.java"), LAUNCHER, StandardCharsets.UTF_8);
            JavaCompilation.Result r = JavaCompilation.compile(dir, src, classes);
            if (!r.ok()) {
                throw new GeneratorException("the satellite's sources do not compile on the JVM: "
                        + r.problems().stream().map(BuildProblem::toString).limit(5).toList());
            }
        } catch (IOException e) {
            throw new GeneratorException("cannot compile the original for the JVM: " + e.getMessage(), e);
        }
    }

    /** A fresh JVM from process start to its first answer (µs), and the heap it used (bytes). */
    private static long[] jvmColdStart(Path work, Path classes, SatelliteManifest m, RequestCase first) throws GeneratorException {
        WagiRequest request = new WagiRequest(first.method(), first.path(), first.query(), first.headers(), first.body(),
                m.entry().spinRoute(), "127.0.0.1:40000");
        GuestInput input = Wagi.guestInput(request);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
                classes + java.io.File.pathSeparator + JavaCompilation.interopJar(), "WasmfitJvmLauncher", m.entry().mainClass()));
        cmd.addAll(input.argv());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile());
        pb.environment().clear();
        pb.environment().putAll(input.env());
        try {
            long start = System.nanoTime();
            Process p = pb.start();
            p.getOutputStream().write(input.stdin());
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || out.length == 0) {
                p.destroyForcibly();
                throw new GeneratorException("the original did not answer in a fresh JVM: " + err);
            }
            long firstAnswerMicros = err.lines().filter(l -> l.startsWith("first-answer-nanos=")).findFirst()
                    .map(l -> (Long.parseLong(l.substring(19)) - 0) / 1000).orElse((System.nanoTime() - start) / 1000);
            long heap = err.lines().filter(l -> l.startsWith("heap-bytes=")).findFirst().map(l -> Long.parseLong(l.substring(11)))
                    .orElse(-1L);
            long wall = (System.nanoTime() - start) / 1000;
            return new long[] {Math.min(wall, firstAnswerMicros == 0 ? wall : wall), heap};
        } catch (IOException e) {
            throw new GeneratorException("cannot start a JVM for the cold start: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GeneratorException("interrupted", e);
        }
    }

    private static long jarSize(Path classes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> walk = Files.walk(classes)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().startsWith("WasmfitJvmLauncher"))
                    .sorted().toList()) {
                zip.putNextEntry(new ZipEntry(classes.relativize(f).toString()));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        } catch (IOException e) {
            return -1;
        }
        return bytes.size();
    }

    /** Runs the entry in a fresh JVM the way the Wasm module runs: CGI environment, argv, body on stdin. */
    private static final String LAUNCHER = """
            import java.lang.reflect.Method;
            import java.util.Arrays;
            import java.util.Map;

            public final class WasmfitJvmLauncher {
                public static void main(String[] args) throws Exception {
                    Method respond = Class.forName(args[0]).getMethod("respond", String[].class, Map.class, byte[].class);
                    byte[] body = System.in.readAllBytes();
                    byte[] out = (byte[]) respond.invoke(null, Arrays.copyOfRange(args, 1, args.length), System.getenv(), body);
                    System.out.write(out);
                    System.out.flush();
                    Runtime rt = Runtime.getRuntime();
                    System.err.println("heap-bytes=" + (rt.totalMemory() - rt.freeMemory()));
                }
            }
            """;

    @SuppressWarnings("unused")
    private static String argv(List<String> a) {
        return Arrays.toString(a.toArray());
    }
}
