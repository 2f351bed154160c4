package io.wasmfit.app.gui.main;

import java.util.function.Supplier;

import org.controlsfx.control.StatusBar;

import io.wasmfit.app.cli.Version;
import io.wasmfit.app.gui.candidates.CandidateDetailView;
import io.wasmfit.app.gui.candidates.CandidatesView;
import io.wasmfit.app.gui.dashboard.DashboardView;
import io.wasmfit.app.gui.export.ExportView;
import io.wasmfit.app.gui.main.MainViewModel.Section;
import io.wasmfit.app.gui.matrix.MatrixView;
import io.wasmfit.app.gui.preferences.PreferencesView;
import io.wasmfit.app.gui.rules.RulesView;
import io.wasmfit.app.gui.service.Theme;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

/**
 * The main window's content: the menu with its shortcuts, one tab per section, the status bar,
 * and folders dropped anywhere on the window.
 */
public final class MainView {

    private final MainViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final StartView start;
    private CandidatesView candidates;

    public MainView(MainViewModel vm) {
        this.vm = vm;
        this.start = new StartView(vm.start());
        ScanView scan = new ScanView(vm.scanViewModel());

        ScrollPane startScroll = new ScrollPane(start.root());
        startScroll.setFitToWidth(true);
        startScroll.setFitToHeight(true);
        StackPane startPane = new StackPane(startScroll, scan.root());
        // the other sections are built when first shown: the window opens sooner
        Tab startTab = tab(Section.START, "Start", () -> startPane);
        Tab dashboardTab = tab(Section.DASHBOARD, "Dashboard", () -> new DashboardView(vm.dashboard()).root());
        Tab candidatesTab = tab(Section.CANDIDATES, "Candidates", () -> candidates().root());
        Tab rulesTab = tab(Section.RULES, "Rules", () -> new RulesView(vm.rules(), vm.services().dialogs()).root());
        Tab matrixTab = tab(Section.MATRIX, "Matrix", () -> new MatrixView(vm.matrix()).root());
        dashboardTab.disableProperty().bind(vm.hasReportProperty().not());
        candidatesTab.disableProperty().bind(vm.hasReportProperty().not());
        tabs.getTabs().addAll(startTab, dashboardTab, candidatesTab, rulesTab, matrixTab);
        tabs.setId("sections");
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> build(now));
        build(startTab);
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) ->
                vm.sectionProperty().set(Section.values()[now.intValue()]));
        vm.sectionProperty().addListener((obs, old, now) -> tabs.getSelectionModel().select(now.ordinal()));

        StatusBar status = new StatusBar();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        status.progressProperty().bind(Bindings.when(vm.project().rescoringProperty()).then(-1.0).otherwise(0.0));

        root.setTop(menu());
        root.setCenter(tabs);
        root.setBottom(status);
        acceptDroppedFolders();
    }

    private static Tab tab(Section section, String title, Supplier<Node> content) {
        Tab tab = new Tab(title);
        tab.setId("tab-" + section.name().toLowerCase(java.util.Locale.ROOT));
        tab.setClosable(false);
        tab.setUserData(content);
        return tab;
    }

    private static void build(Tab tab) {
        if (tab != null && tab.getContent() == null && tab.getUserData() instanceof Supplier<?> content) {
            tab.setContent((Node) content.get());
        }
    }

    private CandidatesView candidates() {
        if (candidates == null) {
            candidates = new CandidatesView(vm.candidates(), new CandidateDetailView(vm.detail()));
        }
        return candidates;
    }

    private MenuBar menu() {
        MenuItem open = item("Open folder…", "Shortcut+O", vm::openFolder);
        MenuItem location = item("Scan folder or git URL…", "Shortcut+L", () -> {
            vm.sectionProperty().set(Section.START);
            start.focusLocation();
        });
        MenuItem rescan = item("Scan again", "Shortcut+R", vm::rescan);
        rescan.setId("menu-rescan");
        rescan.disableProperty().bind(vm.hasReportProperty().not().or(vm.scanningProperty()));
        MenuItem cancel = item("Cancel scan", null, vm::cancelScan);
        cancel.disableProperty().bind(vm.scanningProperty().not());
        MenuItem export = item("Export report…", "Shortcut+E", this::showExport);
        export.setId("menu-export");
        export.disableProperty().bind(vm.hasReportProperty().not().or(vm.scanningProperty()));
        MenuItem preferences = item("Preferences…", "Shortcut+Comma", this::showPreferences);
        MenuItem quit = item("Quit", "Shortcut+Q", () -> window().hide());
        Menu file = new Menu("_File", null, open, location, rescan, cancel, new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), preferences, new SeparatorMenuItem(), quit);

        Menu view = new Menu("_View");
        for (Section s : Section.values()) {
            MenuItem go = item(tabs.getTabs().get(s.ordinal()).getText(), "Shortcut+" + (s.ordinal() + 1),
                    () -> vm.sectionProperty().set(s));
            go.disableProperty().bind(tabs.getTabs().get(s.ordinal()).disableProperty());
            view.getItems().add(go);
        }
        MenuItem find = item("Find candidates", "Shortcut+F", () -> {
            if (vm.hasReportProperty().get()) {
                vm.sectionProperty().set(Section.CANDIDATES);
                candidates().focusSearch();
            }
        });
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("menu-dark");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.setSelected(vm.services().preferences().get().theme() == Theme.DARK);
        dark.setOnAction(e -> vm.preferences().toggleTheme());
        vm.services().preferences().preferences().addListener((obs, old, now) -> dark.setSelected(now.theme() == Theme.DARK));
        view.getItems().addAll(new SeparatorMenuItem(), find, dark);

        MenuItem log = item("Open log folder", null, vm::openLogFolder);
        MenuItem about = item("About wasmfit", null, () -> vm.services().dialogs().showInfo("About wasmfit",
                "wasmfit " + Version.current() + "\nFinds the parts of a Java codebase that make good WebAssembly "
                        + "(Fermyon Spin) satellites.\nJava " + System.getProperty("java.version")
                        + ", JavaFX " + System.getProperty("javafx.runtime.version") + "\nLog: " + vm.services().log().file()));
        Menu help = new Menu("_Help", null, log, about);
        return new MenuBar(file, view, help);
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void showPreferences() {
        var dialog = PreferencesView.create(vm.preferences(), window());
        dialog.getDialogPane().getStylesheets().setAll(vm.services().preferences().get().theme().stylesheets());
        dialog.show();
    }

    private void showExport() {
        if (!vm.hasReportProperty().get() || vm.scanningProperty().get()) {
            return;
        }
        var dialog = ExportView.create(vm.export(), window(), vm::exported);
        dialog.getDialogPane().getStylesheets().setAll(vm.services().preferences().get().theme().stylesheets());
        dialog.show();
    }

    private void acceptDroppedFolders() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && StartViewModel.accepts(e.getDragboard().getFiles())
                    && !vm.scanningProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                if (!root.getStyleClass().contains("drop-target")) {
                    root.getStyleClass().add("drop-target");
                }
            }
            e.consume();
        });
        root.setOnDragExited(e -> root.getStyleClass().remove("drop-target"));
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && StartViewModel.accepts(e.getDragboard().getFiles());
            if (ok) {
                vm.start().dropped(e.getDragboard().getFiles());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    public Parent root() {
        return root;
    }
}
