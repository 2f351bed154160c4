package io.wasmfit.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.wasmfit.analyzer.ScanOptions;
import io.wasmfit.analyzer.Scanner;
import io.wasmfit.analyzer.portfolio.PortfolioBuilder;
import io.wasmfit.analyzer.portfolio.PortfolioScanner;
import io.wasmfit.analyzer.portfolio.RepositoryList;
import io.wasmfit.analyzer.workspace.WorkspaceException;
import io.wasmfit.matrix.LibraryCatalog;
import io.wasmfit.model.Report;
import io.wasmfit.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code wasmfit scan <dir|git-url>}: analyse a repository and write the fit report. */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Scan a Java repository (a folder or a git URL) and score every entry point as a WebAssembly satellite.",
            "Writes wasmfit-report.json (and the other formats asked for) to --out."})
public final class ScanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<dir|git-url>",
            description = "A local folder, or a git URL (https://, ssh://, git@host:org/repo.git, file://).")
    String location;

    @Option(names = "--portfolio", paramLabel = "LIST",
            description = "Scan every repository of a list file (one '<folder|git-url> [branch]' per line) into one portfolio.")
    Path portfolio;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "2",
            description = "With --portfolio: repositories scanned at once (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--branch", paramLabel = "B", description = "Branch to scan (git URLs only; default: the remote's default branch).")
    String branch;

    @Option(names = "--rules", paramLabel = "DIR", description = "Folder of extra rule packs (*.yaml) or Konveyor rulesets; repeatable. They may override or disable built-in rules by id.")
    List<Path> ruleDirs = new ArrayList<>();

    @Mixin
    ReportOptions reports;

    @Option(names = "--jobs", paramLabel = "N", description = "Files parsed in parallel (default: the number of cores).")
    Integer jobs;

    @Option(names = "--no-cache", description = "Parse every file again instead of reusing results of an earlier scan.")
    boolean noCache;

    @Option(names = "--quiet", description = "No progress bar and no summary; only errors and warnings.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        // The catalog (~0.3 s to read) loads on a second core while the rules load here.
        Thread catalog = new Thread(LibraryCatalog::builtIn, "wasmfit-catalog");
        catalog.setDaemon(true);
        catalog.start();
        PrintWriter stdout = spec.commandLine().getOut();
        if (jobs != null && jobs < 1) {
            throw new UserInputException("--jobs must be at least 1");
        }
        if ((location == null) == (portfolio == null)) {
            throw new UserInputException("give either a folder or git URL to scan, or --portfolio LIST");
        }
        if (portfolio != null && branch != null) {
            throw new UserInputException("--branch applies to one repository; in a --portfolio list put the branch after the URL");
        }
        if (parallel < 1) {
            throw new UserInputException("--parallel must be at least 1");
        }
        reports.validate();
        RuleSet rules = RuleOptions.load(ruleDirs);
        RuleOptions.printWarnings(rules.warnings(), spec.commandLine().getErr());
        ScanOptions options = ScanOptions.defaults(AppDirs.home(), Version.current()).withRules(rules).withCache(!noCache);
        if (jobs != null) {
            options = options.withJobs(jobs);
        }
        if (portfolio != null) {
            return scanPortfolio(options, stdout);
        }
        Report report;
        try (TerminalProgress progress = TerminalProgress.create(quiet, System.err, spec.commandLine().getErr())) {
            report = new Scanner(options).scan(location, branch, progress);
        } catch (WorkspaceException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        if (!quiet) {
            Summary.print(report, stdout);
            stdout.println();
        }
        return reports.writeAndCheck(report, stdout, spec.commandLine().getErr(), quiet).code();
    }

    private int scanPortfolio(ScanOptions options, PrintWriter stdout) throws IOException {
        List<RepositoryList.Item> items;
        try {
            items = RepositoryList.read(portfolio);
        } catch (WorkspaceException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        PortfolioBuilder builder = new PortfolioBuilder();
        List<Report> scanned = java.util.Collections.synchronizedList(new ArrayList<>());
        try (TerminalProgress progress = TerminalProgress.create(quiet, System.err, spec.commandLine().getErr())) {
            progress.phase(io.wasmfit.analyzer.ScanListener.Phase.SCORING);
            new PortfolioScanner(options, parallel).scan(items, progress, outcome -> {
                String location = outcome.item().location();
                String name = builder.reserve(location);
                if (outcome.report() == null) {
                    builder.failed(name, location, outcome.error());
                } else {
                    builder.add(name, location, outcome.report(), PortfolioOutput.writeRepository(reports, name, outcome.report()));
                    scanned.add(outcome.report());
                }
            });
        }
        return PortfolioOutput.finish(builder.build(Version.current()), scanned, reports, stdout,
                spec.commandLine().getErr(), quiet).code();
    }
}
