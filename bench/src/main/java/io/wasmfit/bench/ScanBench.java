package io.wasmfit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;

import io.wasmfit.analyzer.Analysis;
import io.wasmfit.analyzer.ScanListener;
import io.wasmfit.analyzer.ScanOptions;
import io.wasmfit.analyzer.Scanner;
import io.wasmfit.analyzer.parse.JavaFileParser;
import io.wasmfit.analyzer.workspace.SourceWalker;
import io.wasmfit.analyzer.workspace.WorkspaceFiles;
import io.wasmfit.model.Report;

/**
 * Scan speed and memory against the honest floor: a plain parallel JavaParser parse of the same
 * files, measured in the same run. Every variant runs in its own JVM (same heap limit) so that
 * peak RSS belongs to that variant alone; each is repeated and the median is printed.
 *
 * <p>The JVM options matter as much as the code: wasmfit's launchers pass those of
 * {@code jvm.options}. So the plain parse runs both ways, with the JVM's defaults (as anyone would
 * run it) and with the launchers' options (the same JVM as the scan's), and the scan does too.
 *
 * <pre>
 * bench/run-scan CORPUS [runs=3] [heap=1g]
 * </pre>
 */
public final class ScanBench {

    /** What a child JVM measures. */
    enum Mode {
        /** A plain JavaParser per thread, default configuration at the same language level, every file parsed. */
        BARE,
        /** The same with wasmfit's parser settings (no comment attribution): the cost of parsing alone. */
        BARE_LEAN,
        /** {@code wasmfit scan} without the persistent cache. */
        SCAN,
        /** {@code wasmfit scan} in a fresh JVM with a warm cache, after one file was changed (the first in walk order). */
        RESCAN,
        /** The same after a change to the file of the best candidate's entry point, which its score must be read from again. */
        RESCAN_ENTRY,
        /** Fills the cache for {@link #RESCAN}; not reported. */
        FILL
    }

    private ScanBench() {
    }

    /** A measured variant: what the child does, and whether its JVM gets the launchers' options. */
    record Variant(String name, Mode mode, boolean launcherOptions) {
    }

    /** The baselines: the plain parse with the JVM's defaults, and with the launchers' options. */
    private static final Variant PLAIN_JVM_DEFAULTS = new Variant("bare, JVM defaults", Mode.BARE, false);
    private static final Variant PLAIN = new Variant("bare", Mode.BARE, true);

    private static final List<Variant> VARIANTS = List.of(
            PLAIN_JVM_DEFAULTS,
            PLAIN,
            new Variant("bare_lean", Mode.BARE_LEAN, true),
            new Variant("scan, JVM defaults", Mode.SCAN, false),
            new Variant("scan", Mode.SCAN, true),
            new Variant("rescan", Mode.RESCAN, true),
            new Variant("rescan_entry", Mode.RESCAN_ENTRY, true));

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("--child")) {
            child(Mode.valueOf(args[1]), Path.of(args[2]), Path.of(args[3]));
            return;
        }
        if (args.length < 1) {
            System.err.println("usage: ScanBench CORPUS [runs=3] [heap=1g]");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String heap = args.length > 2 ? args[2] : "1g";
        WorkspaceFiles files = SourceWalker.walk(corpus);
        long lines = 0;
        for (Path f : files.javaFiles()) {
            lines += Files.readAllLines(f, StandardCharsets.ISO_8859_1).size();
        }
        System.out.printf(Locale.ROOT, "corpus %s: %d Java files, %d lines; %d cores, -Xmx%s, %d runs each, load %.1f%n",
                corpus, files.javaFiles().size(), lines, Runtime.getRuntime().availableProcessors(), heap, runs, load());
        List<String> launcherOptions = launcherOptions();
        System.out.printf("launchers' JVM options (jvm.options): %s%n", String.join(" ", launcherOptions));
        Map<Variant, long[]> millis = new LinkedHashMap<>();
        Map<Variant, long[]> rss = new LinkedHashMap<>();
        for (Variant v : VARIANTS) {
            millis.put(v, new long[runs]);
            rss.put(v, new long[runs]);
        }
        Path scratch = Files.createTempDirectory("wasmfit-bench");
        for (int i = 0; i < runs; i++) {
            for (Variant v : VARIANTS) {
                List<String> jvm = new ArrayList<>(v.launcherOptions() ? launcherOptions : List.of());
                jvm.add("-Xmx" + heap);
                Path cache = scratch.resolve("cache-" + i);
                long[] result;
                if (v.mode() == Mode.RESCAN || v.mode() == Mode.RESCAN_ENTRY) {
                    Path entryFile = Path.of(childOutput(Mode.FILL, corpus, cache, jvm).lines()
                            .filter(l -> l.startsWith("ENTRY ")).findFirst().orElseThrow().substring(6));
                    Path victim = v.mode() == Mode.RESCAN ? SourceWalker.walk(corpus).javaFiles().get(0) : corpus.resolve(entryFile);
                    if (i == 0) {
                        System.out.printf("%s changes %s%n", v.name(), corpus.relativize(victim));
                    }
                    result = withFileChanged(victim, () -> runChild(v.mode(), corpus, cache, jvm));
                } else {
                    result = runChild(v.mode(), corpus, cache, jvm);
                }
                millis.get(v)[i] = result[0];
                rss.get(v)[i] = result[1];
            }
        }
        long bare = median(millis.get(PLAIN));
        long bareDefaults = median(millis.get(PLAIN_JVM_DEFAULTS));
        long bareRss = median(rss.get(PLAIN));
        System.out.printf(Locale.ROOT, "%-20s %10s %8s %22s %12s %8s%n", "variant", "median ms", "× bare",
                "× bare, JVM defaults", "peak RSS MB", "× bare");
        for (Variant v : VARIANTS) {
            long ms = median(millis.get(v));
            long kb = median(rss.get(v));
            System.out.printf(Locale.ROOT, "%-20s %10d %8.2f %22.2f %12d %8.2f%n", v.name(), ms, ms / (double) bare,
                    ms / (double) bareDefaults, kb / 1024, kb / (double) bareRss);
        }
        System.out.printf(Locale.ROOT, "runs (ms): %s%n", millisText(millis));
    }

    /**
     * The options of {@code jvm.options} (in the working directory, the repository root under
     * {@code bench/run-scan}), or of the file named by the system property {@code bench.jvmOptions}.
     */
    static List<String> launcherOptions() throws IOException {
        Path file = Path.of(System.getProperty("bench.jvmOptions", "jvm.options"));
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no " + file.toAbsolutePath() + ": run from the repository root, or set -Dbench.jvmOptions");
        }
        return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static long[] runChild(Mode mode, Path corpus, Path cache, List<String> jvm) throws IOException, InterruptedException {
        String out = childOutput(mode, corpus, cache, jvm);
        String result = out.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException(mode + " printed no result: " + out));
        String[] parts = result.split(" ");
        return new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])};
    }

    private static String childOutput(Mode mode, Path corpus, Path cache, List<String> jvm) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ScanBench.class.getName(), "--child", mode.name(),
                corpus.toString(), cache.toString()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(mode + " failed: " + out);
        }
        return out;
    }

    private static void child(Mode mode, Path corpus, Path cache) throws Exception {
        long ms = switch (mode) {
            case BARE -> bareParse(corpus, new ParserConfiguration().setLanguageLevel(JavaFileParser.LANGUAGE_LEVEL));
            case BARE_LEAN -> bareParse(corpus, JavaFileParser.configuration());
            case SCAN -> scan(corpus, cache, false);
            case RESCAN, RESCAN_ENTRY, FILL -> scan(corpus, cache, true);
        };
        System.out.println("RESULT " + ms + " " + peakRssKb());
    }

    /** The floor: every file read and parsed by a plain JavaParser, in parallel on every core. */
    static long bareParse(Path corpus, ParserConfiguration configuration) throws Exception {
        List<Path> files = SourceWalker.walk(corpus).javaFiles();
        long start = System.nanoTime();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(() -> new JavaParser(configuration));
        List<Future<Boolean>> results = new ArrayList<>();
        for (Path f : files) {
            results.add(pool.submit(() -> parsers.get().parse(Files.readString(f, StandardCharsets.UTF_8)).isSuccessful()));
        }
        int ok = 0;
        for (Future<Boolean> r : results) {
            ok += r.get() ? 1 : 0;
        }
        pool.shutdown();
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.err.printf("bare: %d of %d files parsed%n", ok, files.size());
        return ms;
    }

    static long scan(Path corpus, Path cache, boolean useCache) throws Exception {
        ScanOptions options = ScanOptions.defaults(cache, "bench").withCache(useCache);
        long start = System.nanoTime();
        Analysis analysis = new Scanner(options).analyze(corpus.toString(), null, ScanListener.NONE);
        Report r = analysis.report(options.rules(), ScanListener.NONE);
        long ms = (System.nanoTime() - start) / 1_000_000;
        analysis.awaitCacheWritten();
        System.err.printf("scan: %d files (%d from the cache), %d candidates (%d scores from the cache) in %d ms%n",
                r.summary().parsedFiles(), analysis.filesFromCache(), r.candidates().size(), analysis.scoresFromCache(), ms);
        if (!r.candidates().isEmpty()) {
            System.out.println("ENTRY " + r.candidates().get(0).location().file());
        }
        return ms;
    }

    interface Measurement {
        long[] run() throws IOException, InterruptedException;
    }

    /**
     * Changes one file for the duration of a measurement, then restores it: a line is added at the
     * top, so every line of the file moves (its facts change, its declarations do not).
     */
    static long[] withFileChanged(Path victim, Measurement measurement) throws IOException, InterruptedException {
        byte[] original = Files.readAllBytes(victim);
        try {
            Files.writeString(victim, "// changed by the benchmark\n" + new String(original, StandardCharsets.ISO_8859_1),
                    StandardCharsets.ISO_8859_1);
            return measurement.run();
        } finally {
            Files.write(victim, original);
        }
    }

    private static long peakRssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D+", ""));
            }
        }
        return -1;
    }

    private static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String millisText(Map<Variant, long[]> millis) {
        StringBuilder sb = new StringBuilder();
        millis.forEach((v, ms) -> sb.append(v.name()).append(" = ").append(Arrays.toString(ms)).append("; "));
        return sb.toString().strip();
    }
}
