package io.wasmfit.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import io.wasmfit.model.Portfolio;
import io.wasmfit.model.Report;
import io.wasmfit.model.ReportJson;
import io.wasmfit.report.CiGate;
import io.wasmfit.report.OutputFolder;

/**
 * Writes a portfolio: each repository's reports in {@code --out/<name>/} (the formats asked for),
 * {@code --out/wasmfit-portfolio.json}, a summary on stdout, and the CI gate over all of it.
 */
final class PortfolioOutput {

    private static final int SHOWN = 15;

    private PortfolioOutput() {
    }

    /** Writes one repository's reports into its folder; returns the JSON report's path relative to {@code --out}. */
    static String writeRepository(ReportOptions options, String name, Report report) {
        try {
            new OutputFolder(options.out().resolve(name)).write(report, options.exporters());
        } catch (OutputFolder.OutputFolderException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        return name + "/" + ReportJson.FILE_NAME;
    }

    static ExitCode finish(Portfolio portfolio, List<Report> reports, ReportOptions options, PrintWriter out,
                           PrintWriter err, boolean quiet) throws IOException {
        Files.createDirectories(options.out());
        Path file = options.out().resolve(Portfolio.FILE_NAME);
        ReportJson.write(portfolio, file);
        if (!quiet) {
            print(portfolio, out);
            out.println();
            out.println("Portfolio: " + file.toAbsolutePath().normalize());
        }
        List<String> reasons = new ArrayList<>();
        for (Portfolio.Repository r : portfolio.repositories()) {
            if (r.status().equals("failed")) {
                reasons.add(r.name() + " could not be scanned: " + r.error());
            }
        }
        CiGate gate = options.gate();
        CiGate blockers = new CiGate(OptionalInt.empty(), gate.failOnBlocker());
        for (Report r : reports) {
            blockers.check(r).reasons().forEach(reasons::add);
        }
        if (gate.failUnder().isPresent()) {
            int threshold = gate.failUnder().getAsInt();
            int best = portfolio.candidates().stream().mapToInt(c -> c.scores().overall()).max().orElse(-1);
            if (best < threshold) {
                reasons.add("no candidate of the portfolio reaches --fail-under " + threshold
                        + (best < 0 ? " (none was found)" : " (the best has " + best + ")"));
            }
        }
        reasons.forEach(reason -> err.println("wasmfit: " + reason));
        err.flush();
        out.flush();
        if (portfolio.summary().failedRepositories() > 0) {
            return ExitCode.BAD_INPUT;
        }
        return reasons.isEmpty() ? ExitCode.OK : ExitCode.THRESHOLD;
    }

    static void print(Portfolio p, PrintWriter out) {
        var s = p.summary();
        out.printf("%d repositories (%d failed), %d Java files, %d candidates: %d strong, %d possible, %d poor%n",
                s.repositories(), s.failedRepositories(), s.files(), s.candidates(), s.verdicts().getOrDefault("strong", 0),
                s.verdicts().getOrDefault("possible", 0), s.verdicts().getOrDefault("poor", 0));
        out.println();
        out.printf("%-24s %-7s %6s %6s %8s %5s%n", "repository", "status", "files", "strong", "possible", "poor");
        for (Portfolio.Repository r : p.repositories()) {
            if (r.status().equals("ok")) {
                out.printf("%-24s %-7s %6d %6d %8d %5d%n", r.name(), r.status(), r.summary().files(),
                        r.verdicts().getOrDefault("strong", 0), r.verdicts().getOrDefault("possible", 0),
                        r.verdicts().getOrDefault("poor", 0));
            } else {
                out.printf("%-24s %-7s %s%n", r.name(), r.status(), r.error());
            }
        }
        if (!p.candidates().isEmpty()) {
            out.println();
            out.printf("%-8s %5s  %-20s %s%n", "verdict", "score", "repository", "candidate");
            for (Portfolio.Entry e : p.candidates().subList(0, Math.min(SHOWN, p.candidates().size()))) {
                out.printf("%-8s %5d  %-20s %s%n", e.verdict().key(), e.scores().overall(), e.repository(), e.name());
            }
        }
    }
}
