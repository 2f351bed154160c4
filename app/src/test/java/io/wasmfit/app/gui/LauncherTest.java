package io.wasmfit.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wasmfit.app.Main;
import io.wasmfit.rules.RuleSet;

/**
 * The real launcher in a child JVM: {@code wasmfit gui DIR} opens a real (GTK) window on an Xvfb
 * display and scans DIR; without a display it says so and exits 2. The window test needs Xvfb and
 * GTK (Debian xvfb, libgtk-3-0, installed by .ci/run).
 */
class LauncherTest {

    @TempDir
    Path home;

    @Test
    void withoutADisplayTheGuiCommandSaysWhyAndExitsTwo() throws Exception {
        ProcessBuilder pb = java("gui");
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(err).contains("no display to open the desktop app on").doesNotContain("Exception");
    }

    @Test
    void guiDirOpensAWindowOnARealDisplayAndScansTheFolder() throws Exception {
        Path xvfb = Path.of("/usr/bin/Xvfb");
        assumeTrue(Files.isExecutable(xvfb), "Xvfb is not installed (apt-get install xvfb libgtk-3-0)");
        int display = 90 + (int) (ProcessHandle.current().pid() % 100);
        Process server = new ProcessBuilder(xvfb.toString(), ":" + display, "-screen", "0", "1400x900x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(home.resolve("xvfb.log").toFile()).start();
        Process app = null;
        try {
            waitFor(() -> Files.exists(Path.of("/tmp/.X11-unix/X" + display)) || !server.isAlive(), 20);
            assertThat(server.isAlive()).as("Xvfb started").isTrue();
            ProcessBuilder pb = java("gui", Fixtures.shop().toString());
            pb.environment().put("DISPLAY", ":" + display);
            pb.redirectErrorStream(true).redirectOutput(home.resolve("app.log").toFile());
            app = pb.start();
            Path log = home.resolve("logs/wasmfit-gui.log");
            int candidates = Fixtures.shopReport(RuleSet.builtIn()).candidates().size();
            Process running = app;
            waitFor(() -> read(log).contains(" candidates in ") || !running.isAlive(), 90);

            assertThat(app.isAlive()).as("the app is still running; its output: %s", read(home.resolve("app.log"))).isTrue();
            assertThat(read(log)).contains("first window shown")
                    .contains("scanned " + Fixtures.shop() + ": " + candidates + " candidates in ");
        } finally {
            if (app != null) {
                app.destroy();
                app.waitFor(10, TimeUnit.SECONDS);
                app.destroyForcibly();
            }
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private ProcessBuilder java(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dwasmfit.home=" + home, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.directory(new File(System.getProperty("user.dir")));
        return pb;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }
}
