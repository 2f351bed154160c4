package io.wasmfit.app.gui;

import java.util.List;

import io.wasmfit.app.gui.service.FxDialogService;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application; its only parameter is an optional folder or git URL to scan at once. */
public final class GuiApp extends Application {

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Gui.show(stage, args.isEmpty() ? null : args.get(0),
                (owner, styler) -> new FxDialogService(owner, getHostServices(), styler));
    }
}
