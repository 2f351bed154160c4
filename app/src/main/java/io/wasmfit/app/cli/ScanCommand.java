package io.wasmfit.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import io.wasmfit.analyzer.ScanListener;
import io.wasmfit.analyzer.ScanOptions;
import io.wasmfit.analyzer.Scanner;
import io.wasmfit.analyzer.workspace.WorkspaceException;
import io.wasmfit.model.Candidate;
import io.wasmfit.model.Report;
import io.wasmfit.model.ReportJson;
import io.wasmfit.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code wasmfit scan <dir|git-url>}: analyse a repository and write the fit report. */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Scan a Java repository (a folder or a git URL) and score every entry point as a WebAssembly satellite.",
            "Writes wasmfit-report.json (and the other formats asked for) to --out."})
public final class ScanCommand implements Callable<Integer> {

    static final Set<String> FORMATS = Set.of("json");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<dir|git-url>",
            description = "A local folder, or a git URL (https://, ssh://, git@host:org/repo.git, file://).")
    String location;

    @Option(names = "--branch", paramLabel = "B", description = "Branch to scan (git URLs only; default: the remote's default branch).")
    String branch;

    @Option(names = "--rules", paramLabel = "DIR", description = "Folder of extra rule packs (*.yaml); repeatable. They may override or disable built-in rules by id.")
    List<Path> ruleDirs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "F[,F...]", split = ",", description = "Report formats to write (default: ${DEFAULT-VALUE}).", defaultValue = "json")
    List<String> formats = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the report files (default: ${DEFAULT-VALUE}).", defaultValue = "wasmfit-out")
    Path out;

    @Option(names = "--fail-under", paramLabel = "N", description = "Exit 1 when no candidate reaches an overall score of N (0-100).")
    Integer failUnder;

    @Option(names = "--jobs", paramLabel = "N", description = "Files parsed in parallel (default: the number of cores).")
    Integer jobs;

    @Option(names = "--no-cache", description = "Parse every file again instead of reusing results of an earlier scan.")
    boolean noCache;

    @Option(names = "--quiet", description = "No progress bar and no summary; only errors.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        Set<String> selected = formats();
        if (jobs != null && jobs < 1) {
            throw new UserInputException("--jobs must be at least 1");
        }
        if (failUnder != null && (failUnder < 0 || failUnder > 100)) {
            throw new UserInputException("--fail-under must be between 0 and 100");
        }
        checkOut();
        RuleSet rules = RuleOptions.load(ruleDirs);
        ScanOptions options = ScanOptions.defaults(AppDirs.home(), Version.current()).withRules(rules);
        if (jobs != null) {
            options = options.withJobs(jobs);
        }
        Report report;
        ScanListener progress = TerminalProgress.create(quiet, System.err);
        try {
            report = new Scanner(options).scan(location, branch, progress);
        } catch (WorkspaceException e) {
            throw new UserInputException(e.getMessage(), e);
        } finally {
            if (progress instanceof TerminalProgress bar) {
                bar.close();
            }
        }
        Files.createDirectories(out);
        Path json = out.resolve(ReportJson.FILE_NAME);
        if (selected.contains("json")) {
            ReportJson.write(report, json);
        }
        if (!quiet) {
            Summary.print(report, stdout);
            stdout.println();
            stdout.println("Report: " + json.toAbsolutePath().normalize());
        }
        return gate(report, stdout);
    }

    private Set<String> formats() {
        Set<String> selected = new LinkedHashSet<>();
        for (String f : formats) {
            String format = f.strip().toLowerCase(Locale.ROOT);
            if (!FORMATS.contains(format)) {
                throw new UserInputException("unknown report format '" + f + "' (available: " + String.join(", ", FORMATS) + ")");
            }
            selected.add(format);
        }
        return selected;
    }

    private void checkOut() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserInputException("--out " + out + " is a file; give a folder for the report files");
        }
        Path existing = out.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isWritable(existing)) {
            throw new UserInputException("--out " + out + " cannot be written (" + existing + " is not writable)");
        }
    }

    private int gate(Report report, PrintWriter stdout) {
        if (failUnder == null) {
            return ExitCode.OK.code();
        }
        int best = report.candidates().stream().mapToInt(c -> c.scores().overall()).max().orElse(-1);
        if (best >= failUnder) {
            return ExitCode.OK.code();
        }
        Candidate top = report.candidates().isEmpty() ? null : report.candidates().get(0);
        spec.commandLine().getErr().println("wasmfit: no candidate reaches --fail-under " + failUnder
                + (top == null ? " (no entry points were found)" : " (best: " + top.name() + " with " + best + ")"));
        return ExitCode.THRESHOLD.code();
    }
}
