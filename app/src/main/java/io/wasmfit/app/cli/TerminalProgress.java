package io.wasmfit.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import io.wasmfit.analyzer.ScanListener;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr (items done / total, elapsed) for each phase of a scan, and the scan's
 * warnings. The bar is drawn only when stderr is a terminal, so logs and CI output stay clean.
 */
final class TerminalProgress implements ScanListener, AutoCloseable {

    private final PrintStream terminal;
    private final PrintWriter warnings;
    private ProgressBar bar;

    private TerminalProgress(PrintStream terminal, PrintWriter warnings) {
        this.terminal = terminal;
        this.warnings = warnings;
    }

    /** Draws on {@code terminal} unless quiet or not a terminal; warnings always go to {@code warnings}. */
    static TerminalProgress create(boolean quiet, PrintStream terminal, PrintWriter warnings) {
        return new TerminalProgress(quiet || !stderrIsTerminal() ? null : terminal, warnings);
    }

    @Override
    public synchronized void warning(String message) {
        close();
        warnings.println("wasmfit: warning: " + message);
        warnings.flush();
    }

    static boolean stderrIsTerminal() {
        try {
            Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/2"));
            return target.toString().startsWith("/dev/pts/") || target.toString().startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    @Override
    public synchronized void phase(Phase next) {
        close();
        if (terminal == null) {
            return;
        }
        String name = switch (next) {
            case FETCHING -> "Fetching";
            case LISTING -> "Listing";
            case PARSING -> "Parsing";
            case INDEXING -> "Indexing";
            case SCORING -> "Scoring";
        };
        bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(-1).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200).setConsumer(new ConsoleProgressBarConsumer(terminal)).build();
    }

    @Override
    public synchronized void progress(long done, long total) {
        if (bar == null) {
            return;
        }
        if (total > 0 && bar.getMax() != total) {
            bar.maxHint(total);
        }
        bar.stepTo(done);
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
