package io.wasmfit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wasmfit.app.Main;
import io.wasmfit.app.gui.Gui;
import io.wasmfit.app.gui.main.MainViewModel;
import io.wasmfit.app.gui.main.MainViewModel.Section;
import io.wasmfit.app.gui.service.FxDialogService;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The desktop app's responsiveness (docs/performance.md, "Desktop app"). Needs a display (run it
 * under xvfb-run, see bench/run-gui).
 *
 * <ol>
 * <li>Start time: a fresh JVM running {@code wasmfit gui} until the window is shown (the app logs
 * it), against a fresh JVM running {@code wasmfit --version} (JVM + CLI start, no window).</li>
 * <li>FX-thread pauses while scanning each folder given, then showing its dashboard and candidate
 * table: two probes, the gap between consecutive animation pulses and the delay of a
 * {@code runLater} posted every 5 ms, against the same probes on the idle window.</li>
 * </ol>
 * Arguments: {@code DIR...}; the system property {@code bench.jobs} sets the files parsed at once.
 */
public final class GuiBench {

    private static final Pattern SHOWN = Pattern.compile("first window shown (\\d+) ms");

    private GuiBench() {
    }

    public static void main(String[] args) throws Exception {
        println("load average at start: %s", loadAverage());
        int startRuns = Integer.getInteger("bench.startRuns", 5);
        if (startRuns > 0) {
            startTime(startRuns);
        }
        Path home = Files.createTempDirectory("wasmfit-gui-bench");
        System.setProperty("wasmfit.home", home.toString());
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<MainViewModel> vm = new AtomicReference<>();
        onFx(() -> {
            Stage stage = new Stage();
            vm.set(Gui.show(stage, null, (owner, styler) -> new FxDialogService(owner, null, styler)));
            int jobs = Integer.getInteger("bench.jobs", vm.get().services().preferences().get().jobs());
            vm.get().services().preferences().update(p -> p.withSettings(jobs, p.sandboxTimeoutMs(), p.sandboxMemoryMb(),
                    p.sandboxOutputKb()));
        });
        println("files parsed at once: %d", vm.get().services().preferences().get().jobs());
        Thread.sleep(1000);
        Probe idle = Probe.start();
        Thread.sleep(5000);
        idle.stop();
        idle.print("idle window, 5 s (baseline)");
        for (String dir : args) {
            Probe scan = Probe.start();
            long t0 = System.nanoTime();
            onFx(() -> vm.get().scan(Path.of(dir).toAbsolutePath().toString(), null));
            while (onFxGet(() -> vm.get().scanningProperty().get())) {
                Thread.sleep(20);
            }
            long scanMs = (System.nanoTime() - t0) / 1_000_000;
            Thread.sleep(500);
            scan.stop();
            var report = onFxGet(() -> vm.get().project().report());
            println("%s: %d Java files, %d candidates, scan %d ms", dir, report.summary().files(),
                    report.candidates().size(), scanMs);
            scan.print("scanning, then the dashboard");
            println("  max pause ratio scanning/idle: %.1fx", (double) scan.maxGapNanos() / Math.max(1, idle.maxGapNanos()));
            Probe browse = Probe.start();
            onFx(() -> vm.get().sectionProperty().set(Section.CANDIDATES));
            Thread.sleep(1000);
            onFx(() -> {
                if (!report.candidates().isEmpty()) {
                    vm.get().candidates().selectedProperty().set(report.candidates().get(0));
                }
            });
            Thread.sleep(1000);
            onFx(() -> vm.get().candidates().searchProperty().set("a"));
            Thread.sleep(500);
            onFx(() -> {
                vm.get().candidates().searchProperty().set("");
                vm.get().sectionProperty().set(Section.DASHBOARD);
            });
            Thread.sleep(1000);
            browse.stop();
            browse.print("candidate table, select, filter, dashboard");
        }
        println("load average at end: %s", loadAverage());
        Platform.exit();
        System.exit(0);
    }

    /** Median of n fresh JVMs to the first window, against fresh JVMs printing --version. */
    private static void startTime(int n) throws Exception {
        double[] window = new double[n];
        double[] version = new double[n];
        for (int i = 0; i < n; i++) {
            version[i] = versionMs();
            window[i] = firstWindowMs();
        }
        println("start to first window: median %.0f ms (runs %s)", median(window), Arrays.toString(window));
        println("baseline, fresh JVM running 'wasmfit --version' to exit: median %.0f ms (runs %s)", median(version),
                Arrays.toString(version));
        println("ratio window/baseline: %.1fx", median(window) / median(version));
    }

    private static double versionMs() throws Exception {
        long t0 = System.nanoTime();
        Process p = java(Files.createTempDirectory("wasmfit-bench"), "--version").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double firstWindowMs() throws Exception {
        Path home = Files.createTempDirectory("wasmfit-bench");
        Process p = java(home, "gui").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path log = home.resolve("logs/wasmfit-gui.log");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && p.isAlive()) {
                Matcher m = SHOWN.matcher(Files.exists(log) ? Files.readString(log) : "");
                if (m.find()) {
                    return Double.parseDouble(m.group(1));
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException("no window within 60 s (is there a display?)");
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** A fresh JVM as the launchers start it (their options from jvm.options). */
    private static ProcessBuilder java(Path home, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ScanBench.launcherOptions());
        command.addAll(List.of("-Dwasmfit.home=" + home, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** Watches the FX thread: pulse gaps (AnimationTimer) and the delay of runLater heartbeats. */
    private static final class Probe {
        private final List<String> stalls = new ArrayList<>();
        private volatile long lastPulse = System.nanoTime();
        private volatile Thread fxThread;
        private final List<Long> gaps = new ArrayList<>();
        private final List<Long> delays = new ArrayList<>();
        private final ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor();
        private AnimationTimer timer;

        static Probe start() throws Exception {
            Probe p = new Probe();
            onFx(() -> {
                p.timer = new AnimationTimer() {
                    private long last;

                    @Override
                    public void handle(long now) {
                        p.lastPulse = System.nanoTime();
                        if (last != 0) {
                            p.gaps.add(now - last);
                        }
                        last = now;
                    }
                };
                p.timer.start();
                p.fxThread = Thread.currentThread();
            });
            p.beat.scheduleAtFixedRate(() -> {
                long posted = System.nanoTime();
                Platform.runLater(() -> p.delays.add(System.nanoTime() - posted));
                // where is the FX thread when no pulse came for 100 ms? (our code, the toolkit, or waiting for a CPU)
                if (System.nanoTime() - p.lastPulse > 100_000_000L && p.fxThread != null) {
                    StackTraceElement[] stack = p.fxThread.getStackTrace();
                    String top = Arrays.stream(stack).limit(40).filter(f -> f.getClassName().startsWith("io.wasmfit"))
                            .findFirst().map(f -> f.getClassName() + "." + f.getMethodName() + " < " + stack[0].getClassName() + "." + stack[0].getMethodName())
                            .orElse(stack.length == 0 ? "?" : stack[0].getClassName() + "." + stack[0].getMethodName());
                    synchronized (p.stalls) {
                        p.stalls.add(top);
                    }
                }
            }, 0, 5, TimeUnit.MILLISECONDS);
            return p;
        }

        void stop() throws Exception {
            beat.shutdownNow();
            onFx(() -> timer.stop());
        }

        long maxGapNanos() {
            return gaps.stream().mapToLong(Long::longValue).max().orElse(0);
        }

        void print(String what) {
            synchronized (stalls) {
                java.util.Map<String, Long> where = new java.util.TreeMap<>();
                stalls.forEach(st -> where.merge(st, 1L, Long::sum));
                where.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
                        .forEach(e -> println("    FX thread during a stall (5 ms samples): %4d  %s", e.getValue(), e.getKey()));
            }
            List<Long> worst = gaps.stream().sorted(java.util.Comparator.reverseOrder()).limit(5).toList();
            println("  %s: five longest pulse gaps (ms): %s", what,
                    worst.stream().map(g -> String.format(Locale.ROOT, "%.0f", g / 1e6)).toList());
            println("  %s: pulse gaps n=%d median %.1f ms, p99 %.1f ms, max %.1f ms, over 100 ms: %d", what, gaps.size(),
                    pct(gaps, 0.5), pct(gaps, 0.99), pct(gaps, 1.0), gaps.stream().filter(g -> g > 100_000_000L).count());
            println("  %s: runLater delay n=%d median %.1f ms, p99 %.1f ms, max %.1f ms, over 100 ms: %d", what, delays.size(),
                    pct(delays, 0.5), pct(delays, 0.99), pct(delays, 1.0), delays.stream().filter(g -> g > 100_000_000L).count());
        }

        private static double pct(List<Long> values, double p) {
            if (values.isEmpty()) {
                return 0;
            }
            long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
            return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))] / 1e6;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void onFx(Runnable r) throws Exception {
        onFxGet(() -> {
            r.run();
            return null;
        });
    }

    private static <T> T onFxGet(java.util.concurrent.Callable<T> c) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(c.call());
            } catch (Exception e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not answer for 120 s");
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    private static void println(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
