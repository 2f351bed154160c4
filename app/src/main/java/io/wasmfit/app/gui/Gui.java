package io.wasmfit.app.gui;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.Consumer;

import org.controlsfx.control.CheckComboBox;
import org.fxmisc.flowless.VirtualFlow;
import org.fxmisc.richtext.CodeArea;
import org.reactfx.value.Val;

import io.wasmfit.app.cli.AppDirs;
import io.wasmfit.app.cli.Version;
import io.wasmfit.app.gui.main.MainView;
import io.wasmfit.app.gui.main.MainViewModel;
import io.wasmfit.app.gui.service.ClassPreloader;
import io.wasmfit.app.gui.service.DialogService;
import io.wasmfit.app.gui.service.GuiLog;
import io.wasmfit.app.gui.service.GuiServices;
import io.wasmfit.app.gui.service.PreferencesStore;
import io.wasmfit.app.gui.service.UserError;
import io.wasmfit.app.gui.task.FxTaskExecutor;
import io.wasmfit.app.gui.task.TaskExecutor;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.DialogPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Puts the desktop app together in a stage: services, view models, views, theme. {@link GuiApp}
 * calls it with the desktop's dialogs; the GUI tests call it with dialogs whose native file
 * choosers they answer themselves.
 */
public final class Gui {

    /** Makes the dialogs for a window; {@code styler} applies the current theme to a dialog. */
    public interface DialogFactory {
        DialogService create(Window owner, Consumer<DialogPane> styler);
    }

    private Gui() {
    }

    /** Shows the main window in {@code stage}; scans {@code location} at once when it is not null. */
    public static MainViewModel show(Stage stage, String location, DialogFactory dialogFactory) {
        GuiLog log = new GuiLog(AppDirs.logs());
        PreferencesStore preferences = new PreferencesStore(AppDirs.config(), log);
        TaskExecutor executor = new FxTaskExecutor();
        DialogService dialogs = dialogFactory.create(stage,
                pane -> pane.getStylesheets().setAll(preferences.get().theme().stylesheets()));
        GuiServices services = new GuiServices(executor, dialogs, log, preferences, AppDirs.home(), Version.current());
        MainViewModel vm = new MainViewModel(services);
        MainView view = new MainView(vm);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(), Math.min(1280, screen.getWidth()), Math.min(820, screen.getHeight()));
        scene.getStylesheets().setAll(preferences.get().theme().stylesheets());
        preferences.preferences().addListener((obs, old, now) -> scene.getStylesheets().setAll(now.theme().stylesheets()));
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnShown(e -> {
            log.info("wasmfit " + Version.current() + ": first window shown "
                    + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime())
                    + " ms after the JVM started");
            ClassPreloader.start(List.of(Gui.class, TableView.class, CodeArea.class, Val.class,
                    VirtualFlow.class, CheckComboBox.class), List.of("io/wasmfit/app/gui/", "javafx/scene/chart/",
                    "javafx/scene/control/", "org/fxmisc/", "org/reactfx/", "org/controlsfx/control/",
                    "impl/org/controlsfx/skin/", "com/sun/javafx/scene/control/", "com/sun/javafx/charts/"), log);
        });
        stage.setOnHidden(e -> executor.shutdown());
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            UserError error = UserError.of("running (thread " + thread.getName() + ")", failure, log);
            Platform.runLater(() -> dialogs.showError(error));
        });
        stage.show();
        if (location != null && !location.isBlank()) {
            vm.start().locationProperty().set(location);
            vm.scan(location, null);
        }
        return vm;
    }
}
