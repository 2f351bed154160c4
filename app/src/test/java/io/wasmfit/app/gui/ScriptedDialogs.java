package io.wasmfit.app.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.wasmfit.app.gui.service.FxDialogService;
import io.wasmfit.app.gui.service.UserError;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * The desktop dialogs (real alerts) with the native file choosers and the browser answered by the
 * test, since no robot can drive those.
 */
public final class ScriptedDialogs extends FxDialogService {

    public final List<Path> answers = new CopyOnWriteArrayList<>();
    public final List<Path> opened = new CopyOnWriteArrayList<>();
    public final List<UserError> errors = new CopyOnWriteArrayList<>();

    public ScriptedDialogs(Window owner, Consumer<DialogPane> styler) {
        super(owner, null, styler);
    }

    @Override
    public void showError(UserError error) {
        errors.add(error);
        super.showError(error);
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
