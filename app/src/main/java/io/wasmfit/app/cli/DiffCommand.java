package io.wasmfit.app.cli;

import io.wasmfit.model.Candidate;
import io.wasmfit.model.Report;
import io.wasmfit.model.ReportJson;
import io.wasmfit.report.ReportDiff;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wasmfit diff OLD NEW}: what changed between two scans of the same code. */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        description = {"Shows the candidates that appeared, disappeared, or changed verdict or overall score "
                + "between two wasmfit-report.json files (matched by candidate id).",
            "Exits 0 whatever changed; 2 when a file cannot be read or is not a wasmfit report."})
public final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", description = "the earlier wasmfit-report.json")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW", description = "the later wasmfit-report.json")
    Path newer;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Report before = read(older);
        Report after = read(newer);
        ReportDiff diff = ReportDiff.between(before, after);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %d candidates; %s: %d candidates%n", older, before.candidates().size(), newer,
                after.candidates().size());
        if (diff.isEmpty()) {
            out.println("No candidate appeared, disappeared or changed verdict or score.");
        }
        section(out, "Appeared", diff.appeared().size());
        diff.appeared().forEach(c -> out.printf("  + %s  %s%n", describe(c), c.id()));
        section(out, "Disappeared", diff.disappeared().size());
        diff.disappeared().forEach(c -> out.printf("  - %s  %s%n", describe(c), c.id()));
        section(out, "Changed", diff.changed().size());
        for (ReportDiff.Change change : diff.changed()) {
            Candidate was = change.before();
            Candidate now = change.after();
            out.printf("  ~ %s: %s %d -> %s %d (%+d)%s%n", now.name(), was.verdict().key(), was.scores().overall(),
                    now.verdict().key(), now.scores().overall(), change.scoreDelta(),
                    change.verdictChanged() ? "  verdict changed" : "");
        }
        out.flush();
        return ExitCode.OK.code();
    }

    private static void section(PrintWriter out, String title, int count) {
        if (count > 0) {
            out.printf("%s (%d):%n", title, count);
        }
    }

    private static String describe(Candidate c) {
        return c.name() + "  " + c.verdict().key() + " " + c.scores().overall();
    }

    private static Report read(Path file) {
        if (!Files.exists(file)) {
            throw new UserInputException(file + " does not exist: give the wasmfit-report.json of a scan");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(file + " is not a file: give the wasmfit-report.json of a scan");
        }
        try {
            return ReportJson.read(file);
        } catch (ReportJson.InvalidReportException e) {
            throw new UserInputException(file + " cannot be used as a wasmfit report: " + e.getMessage());
        }
    }
}
