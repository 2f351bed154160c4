package io.wasmfit.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import io.wasmfit.app.gui.main.MainViewModel;
import io.wasmfit.app.gui.main.MainViewModel.Section;
import io.wasmfit.model.Candidate;
import io.wasmfit.model.Evidence;
import io.wasmfit.model.Report;
import io.wasmfit.model.ReportJson;
import io.wasmfit.model.Verdict;
import io.wasmfit.rules.RuleLoader;
import io.wasmfit.rules.RuleSet;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * Drives the real window headless (Monocle): the same composition as the app, with the native file
 * choosers answered by the test. Expected values come from the engine run directly on the same input.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopAppTest {

    @TempDir
    static Path home;

    private MainViewModel vm;
    private ScriptedDialogs dialogs;

    @Start
    void start(Stage stage) throws Exception {
        Path user = Files.createTempDirectory(home, "user");
        System.setProperty("wasmfit.home", user.toString());
        AtomicReference<ScriptedDialogs> made = new AtomicReference<>();
        vm = Gui.show(stage, null, (owner, styler) -> {
            made.set(new ScriptedDialogs(owner, styler));
            return made.get();
        });
        dialogs = made.get();
    }

    @BeforeEach
    void engineHasScannedTheExample() {
        Fixtures.shopAnalysis();
    }

    @Test
    void scanningTheExampleShowsTheEnginesTotalsOnTheDashboard(FxRobot robot) {
        Report expected = Fixtures.shopReport(RuleSet.builtIn());

        scanShop(robot);

        assertThat(fx(() -> vm.sectionProperty().get())).isEqualTo(Section.DASHBOARD);
        assertThat(text(robot, "#total-candidates")).isEqualTo(String.valueOf(expected.candidates().size()));
        assertThat(text(robot, "#total-Java-files")).isEqualTo(String.valueOf(expected.summary().files()));
        assertThat(robot.window(0).getScene().getWindow()).isNotNull();
        assertThat(((Stage) robot.lookup("#sections").query().getScene().getWindow()).getTitle()).isEqualTo("wasmfit — shop");
    }

    @Test
    void filteringByVerdictAndTextNarrowsTheTable(FxRobot robot) {
        Report expected = Fixtures.shopReport(RuleSet.builtIn());
        scanShop(robot);
        robot.clickOn("Candidates");
        TableView<Candidate> table = robot.lookup("#candidate-table").queryTableView();
        assertThat(table.getItems()).hasSize(expected.candidates().size());

        robot.clickOn("#verdict-filter");
        robot.clickOn(robot.lookup((Node n) -> n instanceof CheckBox && n.getParent() != null
                && "strong".equals(labelOfCheckCell(n))).<Node>query());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        long strong = expected.candidates().stream().filter(c -> c.verdict() == Verdict.STRONG).count();
        waitUntil("the verdict filter applies", () -> table.getItems().size() == strong);
        assertThat(table.getItems()).allMatch(c -> c.verdict() == Verdict.STRONG);

        robot.clickOn("#candidate-search").write("pricing");
        List<Candidate> pricing = expected.candidates().stream().filter(c -> c.verdict() == Verdict.STRONG
                && (c.id() + c.name() + c.location().file() + c.trigger().detail().values()).toLowerCase().contains("pricing")).toList();
        waitUntil("the search applies", () -> table.getItems().size() == pricing.size());
        assertThat(table.getItems()).extracting(Candidate::id).containsExactlyInAnyOrderElementsOf(
                pricing.stream().map(Candidate::id).toList());
        assertThat(text(robot, "#candidate-count")).isEqualTo(pricing.size() + " of " + expected.candidates().size() + " candidates");
    }

    @Test
    void selectingACandidateShowsItsEvidenceAndClickingOneOpensTheCodeAtItsLine(FxRobot robot) {
        Candidate quote = Fixtures.shopReport(RuleSet.builtIn()).candidates().stream()
                .filter(c -> c.name().equals("PriceController.quote")).findFirst().orElseThrow();
        scanShop(robot);
        robot.clickOn("Candidates");

        robot.clickOn(cell(robot, "PriceController.quote"));

        waitUntil("the detail shows the candidate", () -> text(robot, "#detail-heading").startsWith("PriceController.quote"));
        for (Evidence e : quote.evidence()) {
            assertThat(robot.lookup((Node n) -> n instanceof TreeTableRow<?> row && row.getItem() != null
                    && row.getItem().toString().contains(e.message())).tryQuery()).as("evidence row: " + e.message()).isPresent();
        }
        Evidence evidence = quote.evidence().stream().filter(e -> e.code() != null && e.line() != quote.location().line())
                .findFirst().orElse(quote.evidence().get(0));
        robot.clickOn(robot.lookup((Node n) -> n instanceof TreeTableRow<?> row && row.getItem() != null
                && row.getItem().toString().contains(evidence.message())).<Node>query());

        waitUntil("the code view shows the evidence line",
                () -> text(robot, "#code-file").equals(evidence.file() + " : " + evidence.line()));
        CodeArea code = robot.lookup("#code-view").query();
        int paragraph = evidence.line() - 1;
        assertThat(fx(() -> code.getParagraph(paragraph).getText().strip())).isEqualTo(evidence.code());
        assertThat(fx(() -> code.getParagraph(paragraph).getParagraphStyle())).contains("evidence-line", "focus-line");
        assertThat(fx(() -> code.getCurrentParagraph())).isEqualTo(paragraph);
    }

    @Test
    void switchingARuleOffInTheRulesViewChangesTheScoreInTheTable(FxRobot robot) {
        Fixtures.RuleEffect effect = Fixtures.ruleThatChangesAScore();
        scanShop(robot);
        robot.clickOn("Candidates");
        robot.clickOn("#candidate-search").write(effect.candidateName());
        TableView<Candidate> table = robot.lookup("#candidate-table").queryTableView();
        waitUntil("the candidate is found", () -> overallIn(table, effect.candidateId()) == effect.before());

        robot.clickOn("Rules");
        robot.clickOn("#rule-search").write(effect.ruleId());
        CheckBox box = robot.lookup((Node n) -> n instanceof CheckBox && ("rule-switch-" + effect.ruleId()).equals(n.getId())).query();
        assertThat(box.isSelected()).isTrue();
        robot.clickOn(box);

        waitUntil("the project is re-scored", () -> overallIn(table, effect.candidateId()) == effect.after());
        assertThat(text(robot, "#rules-summary")).endsWith("1 switched off");
        robot.clickOn("Candidates");
        assertThat(robot.lookup((Node n) -> n instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                && "column-overall".equals(cell.getTableColumn().getId()) && cell.getTableRow() != null
                && cell.getTableRow().getItem() instanceof Candidate c && c.id().equals(effect.candidateId()))
                .<TableCell<?, ?>>query().getItem()).isEqualTo(effect.after());
    }

    @Test
    void cancellingAScanStopsTheEngineAndLeavesNoReport(FxRobot robot) throws Exception {
        Path big = BigTree.write(home.resolve("big"), 3000);
        enter(robot, "#location", big.toString());
        robot.clickOn("#scan");
        waitUntil("parsing has started", () -> text(robot, "#scan-phase").equals("Parsing Java files")
                && text(robot, "#scan-count").matches("[1-9]\\d* / 3000 files"));
        String countAtCancel = text(robot, "#scan-count");

        robot.clickOn("#cancel-scan");

        waitUntil("the scan has stopped", () -> !fx(() -> vm.scanningProperty().get()));
        assertThat(Integer.parseInt(countAtCancel.substring(0, countAtCancel.indexOf(' ')))).isLessThan(3000);
        assertThat(fx(() -> vm.project().report())).isNull();
        assertThat(text(robot, "#status")).isEqualTo("Scan of " + big + " cancelled");
        assertThat(robot.lookup("#scan-overlay").query().isVisible()).isFalse();
        waitUntil("no parser thread is left", () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("wasmfit-parse") && t.isAlive()));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aFolderThatDoesNotExistIsOneSentenceInADialog(FxRobot robot) {
        Path missing = home.resolve("not-there");
        robot.clickOn("#location").write(missing.toString());  // typed, once: the field takes keyboard input
        robot.clickOn("#scan");

        waitUntil("an error dialog is shown", () -> robot.lookup("#error-message").tryQuery().isPresent());
        assertThat(text(robot, "#error-message")).isEqualTo("No such folder: " + missing + ".");
        assertThat(robot.lookup("#error-detail").tryQuery()).isEmpty();
        robot.clickOn("OK");
        assertThat(fx(() -> vm.sectionProperty().get())).isEqualTo(Section.START);
    }

    @Test
    void aRulePackWithErrorsListsThemWithTheirLines(FxRobot robot) throws Exception {
        Path pack = home.resolve("team-rules.yaml");
        Files.writeString(pack, Fixtures.PACK_WITH_ERRORS);
        dialogs.answers.add(pack);
        robot.clickOn("Rules");

        robot.clickOn("#load-pack");

        var expected = RuleLoader.load(pack).errors();
        TableView<?> errors = robot.lookup("#rule-errors").queryTableView();
        waitUntil("the errors are listed", () -> errors.getItems().size() == expected.size());
        assertThat(errors.getItems()).containsExactlyElementsOf((List) expected);
        for (var e : expected) {
            assertThat(robot.lookup((Node n) -> n instanceof TableCell<?, ?> cell && cell.getTableView() == errors
                    && String.valueOf(e.line()).equals(cell.getText())).tryQuery()).isPresent();
        }
    }

    @Test
    void ctrlOOpensAFolderAndCtrlEExportsTheReport(FxRobot robot) throws Exception {
        dialogs.answers.add(Fixtures.shop());
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil("the scan is done", () -> fx(() -> vm.project().report()) != null);
        Path out = home.resolve("exported");

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        enter(robot, "#export-folder", out.toString());
        robot.clickOn("#export-run");

        waitUntil("the HTML report is opened", () -> dialogs.opened.contains(out.resolve("wasmfit-report.html")));
        assertThat(ReportJson.read(out.resolve("wasmfit-report.json")).candidates()).extracting(Candidate::id)
                .containsExactlyElementsOf(fx(() -> vm.project().report()).candidates().stream().map(Candidate::id).toList());
        assertThat(Files.readString(out.resolve("wasmfit-report.html"))).contains("PriceController.quote");
        assertThat(text(robot, "#status")).isEqualTo("Exported 2 file(s) to " + out);
    }

    @Test
    @org.junit.jupiter.api.Timeout(300)  // TeaVM and the sandbox take a while on a busy machine
    void generatingASatelliteBuildsItAndShowsTheComparison(FxRobot robot) {
        scanShop(robot);
        robot.clickOn("Candidates");
        robot.clickOn(cell(robot, "PriceController.quote"));
        waitUntil("the detail shows the candidate", () -> text(robot, "#detail-heading").startsWith("PriceController.quote"));
        Path out = home.resolve("quote-satellite");

        robot.clickOn("#generate-satellite");
        enter(robot, "#satellite-folder", out.toString());
        robot.clickOn("#satellite-run");

        waitUntil("the comparison is shown", () -> text(robot, "#satellite-step").endsWith("responses equal"), 240);
        TableView<?> cases = robot.lookup("#satellite-cases").queryTableView();
        String step = text(robot, "#satellite-step");
        assertThat(step).isEqualTo(fx(() -> cases.getItems().stream().filter(o -> ((io.wasmfit.generator.compare.CaseOutcome) o).equal())
                .count()) + " of " + fx(() -> cases.getItems().size()) + " responses equal");
        assertThat(fx(() -> cases.getItems().size())).isPositive();
        assertThat(out.resolve("spin.toml")).exists();
        javafx.scene.chart.BarChart<?, ?> size = robot.lookup("#satellite-size-chart").query();
        assertThat(fx(() -> size.getData().get(0).getData().size())).isEqualTo(2);
        robot.clickOn("#satellite-open");
        assertThat(dialogs.opened).contains(out);
    }

    @Test
    void theDarkThemeSwitchesAtOnceAndIsRemembered(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);

        waitUntil("the dark stylesheet is on", () -> fx(() -> robot.lookup("#sections").query().getScene()
                .getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css"))));
        assertThat(fx(() -> vm.services().preferences().get().theme().name())).isEqualTo("DARK");
        assertThat(vm.services().preferences().file()).content().contains("\"DARK\"");
    }

    /** Puts a long text (a path) into a field at once; typing it key by key only slows the tests down. */
    private static void enter(FxRobot robot, String field, String text) {
        TextInputControl input = robot.lookup(field).query();
        robot.clickOn(input);
        robot.interact(() -> input.setText(text));
    }

    private void scanShop(FxRobot robot) {
        enter(robot, "#location", Fixtures.shop().toString());
        robot.clickOn("#scan");
        waitUntil("the scan is done", () -> fx(() -> vm.project().report()) != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String labelOfCheckCell(Node checkBox) {
        Node cell = checkBox.getParent();
        while (cell != null && !(cell instanceof javafx.scene.control.ListCell<?>)) {
            cell = cell.getParent();
        }
        return cell == null ? null : ((javafx.scene.control.ListCell<?>) cell).getText();
    }

    private static Node cell(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && text.equals(c.getText())).query();
    }

    private static int overallIn(TableView<Candidate> table, String id) {
        return fx(() -> table.getItems().stream().filter(c -> c.id().equals(id)).findFirst()
                .map(c -> c.scores().overall()).orElse(-1));
    }

    private static String text(FxRobot robot, String query) {
        return fx(() -> {
            Node n = robot.lookup(query).query();
            if (n instanceof Label l) {
                return l.getText();
            }
            if (n instanceof org.controlsfx.control.StatusBar s) {
                return s.getText();
            }
            return String.valueOf(n);
        });
    }

    static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void waitUntil(String what, Callable<Boolean> condition) {
        waitUntil(what, condition, 60);
    }

    static void waitUntil(String what, Callable<Boolean> condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (Exception e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }
}
