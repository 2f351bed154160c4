package io.wasmfit.app.cli;

import io.wasmfit.model.Report;
import io.wasmfit.report.CiGate;
import io.wasmfit.report.Exporter;
import io.wasmfit.report.Exporters;
import io.wasmfit.report.OutputFolder;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import picocli.CommandLine.Option;

/**
 * The report options of {@code wasmfit scan} ({@code --format}, {@code --out}, {@code --fail-under},
 * {@code --fail-on}) and what they do once the scan has a report: write the files, then apply the
 * CI gate. A {@code @Mixin} so any command that produces a report offers the same options.
 */
public final class ReportOptions {

    @Option(names = "--format", paramLabel = "FORMATS", defaultValue = "json,html",
            description = "report formats, comma-separated: json, html, md, csv, sarif (default: ${DEFAULT-VALUE})")
    String formats;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "wasmfit-out",
            description = "folder for the wasmfit-report.* files; only wasmfit's own files in it are replaced "
                    + "(default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--fail-under", paramLabel = "N",
            description = "CI mode: exit 1 when no candidate reaches an overall score of N (0-100)")
    Integer failUnder;

    @Option(names = "--fail-on", paramLabel = "CONDITION", split = ",",
            description = "CI mode: exit 1 on this condition; 'blocker' fails when any candidate has a blocker")
    List<String> failOn = new ArrayList<>();

    /**
     * Checks the options and the {@code --out} folder before a (possibly long) scan starts; bad values
     * are exit 2 with one sentence. Creates nothing.
     */
    public void validate() {
        exporters();
        gate();
        try {
            new OutputFolder(out).check();
        } catch (OutputFolder.OutputFolderException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    public List<Exporter> exporters() {
        try {
            return Exporters.parse(formats);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--format: " + e.getMessage());
        }
    }

    public CiGate gate() {
        try {
            return new CiGate(failUnder == null ? OptionalInt.empty() : OptionalInt.of(failUnder),
                    CiGate.failOnBlocker(failOn));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    public Path out() {
        return out;
    }

    /**
     * Writes the chosen formats into {@code --out}, prints each file written (unless quiet), then
     * applies the CI gate.
     *
     * @return {@link ExitCode#OK}, or {@link ExitCode#THRESHOLD} when the gate fails (its reasons on err)
     */
    public ExitCode writeAndCheck(Report report, PrintWriter stdout, PrintWriter stderr, boolean quiet) {
        List<Path> written;
        try {
            written = new OutputFolder(out).write(report, exporters());
        } catch (OutputFolder.OutputFolderException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        if (!quiet) {
            written.forEach(file -> stdout.println("Report: " + file.toAbsolutePath().normalize()));
        }
        CiGate gate = gate();
        CiGate.Result result = gate.check(report);
        if (!result.passed()) {
            result.reasons().forEach(reason -> stderr.println("wasmfit: CI check failed: " + reason));
            stderr.flush();
            return ExitCode.THRESHOLD;
        }
        if (gate.isActive() && !quiet) {
            stdout.println("CI check passed" + (failUnder == null ? "" : ": a candidate reaches " + failUnder)
                    + (gate.failOnBlocker() ? (failUnder == null ? ": " : ", ") + "no blockers" : ""));
        }
        stdout.flush();
        return ExitCode.OK;
    }
}
