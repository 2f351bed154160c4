package io.wasmfit.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import io.wasmfit.analyzer.Analysis;
import io.wasmfit.analyzer.Scanner;
import io.wasmfit.analyzer.workspace.WorkspaceException;
import io.wasmfit.report.Exporters;
import io.wasmfit.report.OutputFolder;
import io.wasmfit.rules.RuleLoader;

/**
 * The layer rules of wasmfit, checked on every class of every module on the app's class path
 * (the app depends on all of them): the engine knows nothing of the desktop app, the desktop app
 * holds no analysis logic and reaches the engine through its public API from view models only,
 * and only the app writes to the console.
 */
@AnalyzeClasses(packages = "io.wasmfit", importOptions = {ImportOption.DoNotIncludeTests.class,
    ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** Every engine module's packages; a new module is added here when it lands. */
    static final String[] ENGINE = {"io.wasmfit.analyzer..", "io.wasmfit.model..", "io.wasmfit.rules..",
        "io.wasmfit.matrix..", "io.wasmfit.report..", "io.wasmfit.sandbox..", "io.wasmfit.generator.."};

    /** The engine's internals: parsing, facts, the index, evaluation and scoring. */
    static final String[] ENGINE_INTERNALS = {"io.wasmfit.analyzer.facts..", "io.wasmfit.analyzer.index..",
        "io.wasmfit.analyzer.parse..", "io.wasmfit.analyzer.scoring..", "io.wasmfit.analyzer.evaluate..",
        "io.wasmfit.analyzer.closure.."};

    @ArchTest
    static final ArchRule engineNeverUsesJavaFx = noClasses().that().resideInAnyPackage(ENGINE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..",
                    "org.fxmisc..")
            .because("the engine runs in the CLI, in CI and in tests without a display (DESIGN.md: module boundaries)");

    @ArchTest
    static final ArchRule guiHoldsNoAnalysisLogic = noClasses().that().resideInAPackage("io.wasmfit.app.gui..")
            .should().dependOnClassesThat(resideInAnyPackage(ENGINE_INTERNALS)
                    .or(resideInAnyPackage("com.github.javaparser..", "org.eclipse.jgit.."))
                    .or(resideInAPackage("io.wasmfit.analyzer.workspace..").and(not(type(WorkspaceException.class)))))
            .because("the desktop app shows what the engine found; parsing, resolving and scoring live in the "
                    + "engine, behind Scanner, Analysis and the report model");

    @ArchTest
    static final ArchRule onlyViewModelsCallTheEngine = noClasses().that().resideInAPackage("io.wasmfit.app.gui..")
            .and(not(viewModelOrNestedInOne()))
            .should().dependOnClassesThat(type(Scanner.class).or(type(Analysis.class)).or(type(RuleLoader.class))
                    .or(type(OutputFolder.class)).or(type(Exporters.class)))
            .because("a view model is the one GUI class that calls the engine (STYLE.md item 9): views only bind to it");

    @ArchTest
    static final ArchRule onlyTheAppWritesToTheConsole = noClasses().that().resideOutsideOfPackage("io.wasmfit.app..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("engine modules report through their results and listeners; the CLI and the GUI decide what to show");

    private static DescribedPredicate<JavaClass> viewModelOrNestedInOne() {
        return DescribedPredicate.describe("view models (or classes nested in one)", c -> {
            JavaClass outer = c;
            while (outer.getEnclosingClass().isPresent()) {
                outer = outer.getEnclosingClass().get();
            }
            return outer.getSimpleName().endsWith("ViewModel");
        });
    }

    /** Leaves out the test jars of other modules (their fixtures are not product code). */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar") && !location.contains("/test-classes/");
        }
    }
}
