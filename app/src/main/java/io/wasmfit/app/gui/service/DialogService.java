package io.wasmfit.app.gui.service;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The dialogs view models may open. The desktop implementation is {@link FxDialogService}; tests
 * answer the native file choosers themselves, since no robot can drive those.
 */
public interface DialogService {

    void showError(UserError error);

    void showInfo(String title, String message);

    Optional<Path> chooseFolder(String title, Path initial);

    /** A file to open, limited to the given extensions ("yaml", "yml"). */
    Optional<Path> chooseFile(String title, Path initial, String description, String... extensions);

    /** Opens a folder or file with the desktop's own program (the file manager, the browser). */
    void open(Path path);
}
