package io.wasmfit.app.gui.satellite;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;

import io.wasmfit.app.gui.service.GuiServices;
import io.wasmfit.app.gui.service.Preferences;
import io.wasmfit.app.gui.task.BackgroundTask;
import io.wasmfit.generator.GeneratorException;
import io.wasmfit.generator.LanguageSupport;
import io.wasmfit.generator.Satellite;
import io.wasmfit.generator.SatelliteGenerator;
import io.wasmfit.generator.Triggers;
import io.wasmfit.generator.build.BuildListener;
import io.wasmfit.generator.build.BuildResult;
import io.wasmfit.generator.build.SatelliteBuilder;
import io.wasmfit.generator.compare.CompareRunner;
import io.wasmfit.generator.compare.Comparison;
import io.wasmfit.matrix.LanguageMatrix;
import io.wasmfit.matrix.TargetLanguage;
import io.wasmfit.model.Candidate;
import io.wasmfit.model.Report;
import io.wasmfit.sandbox.SandboxLimits;
import io.wasmfit.sandbox.SandboxOptions;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Generate satellite" for one candidate: the languages the language matrix allows for its
 * trigger, an output folder, then generate → build → run → compare off the UI thread with each
 * step shown as it starts. A Java satellite is built with TeaVM and compared with the original on
 * the JVM in the sandbox (limits from the preferences); other languages get their SDK's stub,
 * which this machine cannot build, so the flow stops after generating.
 */
public final class SatelliteViewModel {

    /** Where the flow is. */
    public enum Step { READY, GENERATING, BUILDING, COMPARING, DONE, FAILED, CANCELLED }

    private static final LanguageSupport LANGUAGES = LanguageSupport.of(LanguageMatrix.builtIn());

    private final GuiServices services;
    private final Report report;
    private final Candidate candidate;
    private final ObservableList<TargetLanguage> languages = FXCollections.observableArrayList();
    private final ObjectProperty<TargetLanguage> language = new SimpleObjectProperty<>(this, "language");
    private final StringProperty folder = new SimpleStringProperty(this, "folder", "");
    private final BooleanProperty force = new SimpleBooleanProperty(this, "force", false);
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.READY);
    private final ReadOnlyStringWrapper stepText = new ReadOnlyStringWrapper(this, "stepText", "");
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Satellite> satellite = new ReadOnlyObjectWrapper<>(this, "satellite");
    private final ReadOnlyObjectWrapper<BuildResult> build = new ReadOnlyObjectWrapper<>(this, "build");
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final AtomicReference<String> latestStep = new AtomicReference<>("");
    private final Runnable publishStep;
    private BackgroundTask<Void> running;

    public SatelliteViewModel(GuiServices services, Report report, Candidate candidate) {
        this.services = services;
        this.report = report;
        this.candidate = candidate;
        this.publishStep = services.executor().coalescing(() -> stepText.set(latestStep.get()));
        languages.setAll(allowedLanguages(candidate));
        language.set(languages.isEmpty() ? null : languages.get(0));
        String name = candidate.name().replace('.', '-').toLowerCase(java.util.Locale.ROOT);
        folder.set(Path.of(System.getProperty("user.home"), "wasmfit-satellites", name).toString());
    }

    /** Why no satellite can be generated for {@code c}, or null when one can. */
    public static String unavailableReason(Candidate c) {
        try {
            String trigger = Triggers.spinTrigger(c);
            return allowedLanguages(c).isEmpty() ? "No satellite language supports the " + trigger + " trigger." : null;
        } catch (GeneratorException e) {
            return capitalise(e.getMessage()) + ".";
        }
    }

    /** The languages the matrix allows for the candidate's trigger, Java first where Spin can run it (HTTP). */
    static List<TargetLanguage> allowedLanguages(Candidate c) {
        String trigger;
        try {
            trigger = Triggers.spinTrigger(c);
        } catch (GeneratorException e) {
            return List.of();
        }
        List<TargetLanguage> out = new ArrayList<>();
        if (trigger.equals("http")) {
            out.add(TargetLanguage.JAVA);
        }
        LANGUAGES.languagesSupporting(Triggers.feature(trigger)).stream()
                .filter(l -> l != TargetLanguage.JAVA).forEach(out::add);
        return out;
    }

    /** Runs generate → build → compare (Java) or generate (the others); ignored while running. */
    public void run() {
        if (running != null || language.get() == null) {
            return;
        }
        Path out;
        try {
            out = Path.of(folder.get().strip()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            fail(new GeneratorException("'" + folder.get() + "' is not a usable folder name"));
            return;
        }
        TargetLanguage lang = language.get();
        boolean overwrite = force.get();
        SandboxLimits limits = limits(services.preferences().get());
        log.clear();
        satellite.set(null);
        build.set(null);
        comparison.set(null);
        AtomicReference<BackgroundTask<Void>> self = new AtomicReference<>();
        running = BackgroundTask.of("generating a satellite of " + candidate.id(), () -> {
            enter(Step.GENERATING, "Generating the " + lang.key() + " satellite in " + out);
            Satellite s = new SatelliteGenerator(LANGUAGES).generate(report, candidate.id(), lang, out, overwrite);
            services.executor().coalescing(() -> satellite.set(s)).run();
            if (lang != TargetLanguage.JAVA) {
                return null;
            }
            checkCancelled(self.get());
            enter(Step.BUILDING, "Building with TeaVM");
            BuildResult b = SatelliteBuilder.build(out, new BuildListener() {
                @Override
                public void step(String name) {
                    latestStep.set("Building: " + name);
                    publishStep.run();
                }
            });
            services.executor().coalescing(() -> build.set(b)).run();
            if (!b.ok()) {
                throw new GeneratorException("the satellite did not build (" + b.problems().size() + " errors); the first: "
                        + b.problems().get(0).message());
            }
            checkCancelled(self.get());
            enter(Step.COMPARING, "Running the original on the JVM and the satellite in the sandbox");
            Comparison c = new CompareRunner(SandboxOptions.defaults(), limits).compare(out, null, 40);
            services.executor().coalescing(() -> comparison.set(c)).run();
            return null;
        });
        self.set(running);
        running.onSuccess(nothing -> {
            running = null;
            step.set(Step.DONE);
            stepText.set(comparison.get() == null ? "Generated; build and run it with that language's Spin SDK"
                    : comparison.get().equalCount() + " of " + comparison.get().cases().size() + " responses equal");
        }).onFailure(this::fail).onCancelled(() -> {
            running = null;
            step.set(Step.CANCELLED);
            stepText.set("Cancelled");
        });
        services.executor().execute(running);
    }

    /** Stops after the current step (a TeaVM build or a comparison cannot be interrupted midway). */
    public void cancel() {
        if (running != null) {
            running.cancel();
            stepText.set("Cancelling after this step…");
        }
    }

    public void openFolder() {
        Satellite s = satellite.get();
        if (s != null) {
            services.dialogs().open(s.dir());
        }
    }

    private void enter(Step next, String text) {
        services.executor().coalescing(() -> {
            step.set(next);
            log.add(text);
        }).run();
        latestStep.set(text);
        publishStep.run();
    }

    private void fail(Throwable failure) {
        running = null;
        step.set(Step.FAILED);
        stepText.set("Failed");
        if (failure instanceof GeneratorException g) {
            services.dialogs().showError(new io.wasmfit.app.gui.service.UserError("Cannot generate the satellite",
                    capitalise(g.getMessage()) + ".", null));
        } else {
            services.report("generating a satellite of " + candidate.name(), failure);
        }
    }

    private static void checkCancelled(BackgroundTask<?> task) {
        if (task.isCancelRequested()) {
            throw new CancellationException("cancelled");
        }
    }

    static SandboxLimits limits(Preferences p) {
        return SandboxLimits.defaults().withTimeout(Duration.ofMillis(p.sandboxTimeoutMs()))
                .withMaxMemoryBytes((long) p.sandboxMemoryMb() << 20).withMaxOutputBytes((long) p.sandboxOutputKb() << 10);
    }

    private static String capitalise(String s) {
        String t = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    public Candidate candidate() {
        return candidate;
    }

    public ObservableList<TargetLanguage> languages() {
        return languages;
    }

    public ObjectProperty<TargetLanguage> languageProperty() {
        return language;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public BooleanProperty forceProperty() {
        return force;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepTextProperty() {
        return stepText.getReadOnlyProperty();
    }

    /** One line per step started, in order. */
    public ObservableList<String> log() {
        return log;
    }

    public ReadOnlyObjectProperty<Satellite> satelliteProperty() {
        return satellite.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BuildResult> buildProperty() {
        return build.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }
}
