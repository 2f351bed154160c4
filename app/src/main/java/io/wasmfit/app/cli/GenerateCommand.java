package io.wasmfit.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.wasmfit.generator.Finding;
import io.wasmfit.generator.GeneratorException;
import io.wasmfit.generator.LanguageSupport;
import io.wasmfit.generator.Satellite;
import io.wasmfit.generator.SatelliteGenerator;
import io.wasmfit.matrix.LanguageMatrix;
import io.wasmfit.matrix.TargetLanguage;
import io.wasmfit.model.Report;
import io.wasmfit.model.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wasmfit generate}: a Spin application folder for one candidate of a report. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Generates a Spin satellite for one candidate: spin.toml, the code, and a README of what moved,",
            "what was replaced and what is left to do. Java (the default for HTTP) is the sliced original behind a",
            "WAGI entry; rust, typescript, python and go get a stub in their Spin SDK's layout."})
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--report", required = true, paramLabel = "FILE", description = "The wasmfit-report.json of a scan.")
    private Path report;

    @Option(names = "--candidate", required = true, paramLabel = "ID", description = "The candidate's id, e.g. com.acme.PriceController#quote(String,int).")
    private String candidate;

    @Option(names = "--language", paramLabel = "L", description = "java, rust, typescript, python or go (default: java for HTTP, else the first the language matrix allows).")
    private String language;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the satellite to.")
    private Path out;

    @Option(names = "--force", description = "Write into a folder that is not empty, replacing only files wasmfit wrote there.")
    private boolean force;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Report r;
        try {
            r = ReportJson.read(report);
        } catch (ReportJson.InvalidReportException e) {
            throw new UserInputException("--report " + report + ": " + e.getMessage());
        }
        TargetLanguage lang = null;
        if (language != null) {
            try {
                lang = TargetLanguage.fromKey(language);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--language: " + e.getMessage());
            }
        }
        Satellite s;
        try {
            s = new SatelliteGenerator(LanguageSupport.of(LanguageMatrix.builtIn())).generate(r, candidate, lang, out, force);
        } catch (GeneratorException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        stdout.println("Satellite of " + s.manifest().candidateId() + " (" + s.manifest().language() + ") in "
                + out.toAbsolutePath().normalize() + ": " + s.manifest().files().size() + " files");
        for (Finding f : s.findings()) {
            stdout.println("  " + f.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + f.describe());
        }
        if (s.manifest().language().equals("java")) {
            stdout.println("Next: wasmfit build " + out + " && wasmfit compare " + out);
        }
        return ExitCode.OK.code();
    }
}
