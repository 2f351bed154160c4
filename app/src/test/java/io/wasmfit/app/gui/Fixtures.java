package io.wasmfit.app.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.wasmfit.analyzer.Analysis;
import io.wasmfit.analyzer.ScanListener;
import io.wasmfit.analyzer.ScanOptions;
import io.wasmfit.analyzer.Scanner;
import io.wasmfit.analyzer.workspace.WorkspaceException;
import io.wasmfit.app.gui.service.DialogService;
import io.wasmfit.app.gui.service.GuiLog;
import io.wasmfit.app.gui.service.GuiServices;
import io.wasmfit.app.gui.service.PreferencesStore;
import io.wasmfit.app.gui.service.UserError;
import io.wasmfit.app.gui.task.CurrentThreadTaskExecutor;
import io.wasmfit.model.Candidate;
import io.wasmfit.model.Report;
import io.wasmfit.rules.RuleSet;

/** The bundled example, the engine's own view of it, and services for view models without a stage. */
public final class Fixtures {

    private static Analysis shop;

    /** A user rule pack: one valid rule, one with errors on lines 10 to 14. */
    public static final String PACK_WITH_ERRORS = """
            pack: team-rules
            title: Our own rules
            rules:
              - id: legacy-soap-call
                title: SOAP client call
                criterion: shortRunning
                points: -10
                message: "Calls a SOAP service"
                match: {call: {type: javax.xml.ws.Service, name: create}}
              - id: Bad_Id
                criterion: speed
                points: 500
                message: "broken"
                match: {annotation: x.Y}
            """;

    private Fixtures() {
    }

    /** examples/shop of this repository, found from the module folder the tests run in. */
    public static Path shop() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples/shop"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("examples/shop not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("examples/shop");
    }

    /** The engine's analysis of examples/shop, made once per test run, to compare the GUI with. */
    public static synchronized Analysis shopAnalysis() {
        if (shop == null) {
            try {
                shop = new Scanner(ScanOptions.defaults(Path.of(System.getProperty("java.io.tmpdir")), "test"))
                        .analyze(shop().toString(), null, ScanListener.NONE);
            } catch (WorkspaceException e) {
                throw new IllegalStateException(e);
            }
        }
        return shop;
    }

    public static Report shopReport(RuleSet rules) {
        return shopAnalysis().report(rules, ScanListener.NONE);
    }

    /** A signal rule whose switching off changes the overall score of a candidate, as the engine says. */
    public record RuleEffect(String ruleId, String candidateId, String candidateName, int before, int after) {
    }

    /** Finds, with the engine alone, a rule of examples/shop's evidence that moves a candidate's overall score. */
    public static synchronized RuleEffect ruleThatChangesAScore() {
        Report before = shopReport(RuleSet.builtIn());
        java.util.Set<String> tried = new java.util.HashSet<>();
        for (Candidate c : before.candidates()) {
            for (var e : c.evidence()) {
                boolean signal = RuleSet.builtIn().all().stream()
                        .anyMatch(r -> r.id().equals(e.ruleId()) && !r.isEntryPoint());
                if (e.points() == 0 || !signal || !tried.add(e.ruleId())) {
                    continue;
                }
                Report after = shopReport(RuleSet.builtIn().withDisabled(java.util.Set.of(e.ruleId())));
                for (Candidate b : before.candidates()) {
                    Candidate a = after.candidate(b.id()).orElse(null);
                    if (a != null && a.scores().overall() != b.scores().overall()) {
                        return new RuleEffect(e.ruleId(), b.id(), b.name(), b.scores().overall(), a.scores().overall());
                    }
                }
            }
        }
        throw new IllegalStateException("no rule of examples/shop changes a score when switched off");
    }

    /** Services whose work runs on the calling thread, files under {@code home}, dialogs recorded. */
    public static GuiServices services(Path home, RecordingDialogs dialogs) {
        GuiLog log = new GuiLog(home.resolve("logs"));
        return new GuiServices(new CurrentThreadTaskExecutor(), dialogs, log,
                new PreferencesStore(home.resolve("config"), log), home.resolve("cache"), "test");
    }

    /** Dialogs that record what they were asked to show and answer the file choosers from a script. */
    public static final class RecordingDialogs implements DialogService {
        public final List<UserError> errors = new ArrayList<>();
        public final List<String> infos = new ArrayList<>();
        public final List<Path> opened = new ArrayList<>();
        public final List<Path> answers = new ArrayList<>();

        @Override
        public void showError(UserError error) {
            errors.add(error);
        }

        @Override
        public void showInfo(String title, String message) {
            infos.add(title + ": " + message);
        }

        @Override
        public Optional<Path> chooseFolder(String title, Path initial) {
            return answers.isEmpty() ? Optional.empty() : Optional.of(answers.remove(0));
        }

        @Override
        public Optional<Path> chooseFile(String title, Path initial, String description, String... extensions) {
            return answers.isEmpty() ? Optional.empty() : Optional.of(answers.remove(0));
        }

        @Override
        public void open(Path path) {
            opened.add(path);
        }
    }
}
