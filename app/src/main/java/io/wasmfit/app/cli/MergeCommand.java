package io.wasmfit.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.wasmfit.analyzer.portfolio.PortfolioBuilder;
import io.wasmfit.model.Report;
import io.wasmfit.model.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code wasmfit merge a.json b.json ...}: one portfolio from reports made elsewhere (one CI job or
 * Kubernetes Job per repository), ranked together. See docs/scale.md.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Merge wasmfit reports of several repositories into one portfolio (wasmfit-portfolio.json in --out).",
            "Each repository's report is copied to --out/<name>/ in the formats asked for."})
public final class MergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "REPORT", arity = "1..*", description = "wasmfit-report.json files, one per repository.")
    List<Path> reports = new ArrayList<>();

    @Mixin
    ReportOptions options;

    @Option(names = "--quiet", description = "No summary; only errors.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        options.validate();
        List<Report> read = new ArrayList<>();
        for (Path file : reports) {
            if (!Files.isRegularFile(file)) {
                throw new UserInputException("no such report: " + file);
            }
            try {
                read.add(ReportJson.read(file));
            } catch (ReportJson.InvalidReportException e) {
                throw new UserInputException(file + ": " + e.getMessage());
            }
        }
        PortfolioBuilder builder = new PortfolioBuilder();
        for (Report r : read) {
            String location = r.source().gitUrl() != null ? r.source().gitUrl() : r.source().root();
            String name = builder.reserve(location);
            builder.add(name, location, r, PortfolioOutput.writeRepository(options, name, r));
        }
        return PortfolioOutput.finish(builder.build(Version.current()), read, options, spec.commandLine().getOut(),
                spec.commandLine().getErr(), quiet).code();
    }
}
