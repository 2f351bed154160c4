package io.wasmfit.app.gui.main;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.wasmfit.app.gui.service.DialogService;
import io.wasmfit.app.gui.service.PreferencesStore;
import io.wasmfit.app.gui.service.RecentProject;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The start screen: a folder or git URL (with a branch) to scan, a folder chooser, the recent
 * projects, and folders dropped onto the window.
 */
public final class StartViewModel {

    /** Starts a scan of a location and branch (null: the default branch). */
    public interface ScanAction {
        void scan(String location, String branch);
    }

    private final ScanAction action;
    private final DialogService dialogs;
    private final PreferencesStore preferences;
    private final StringProperty location = new SimpleStringProperty(this, "location", "");
    private final StringProperty branch = new SimpleStringProperty(this, "branch", "");
    private final ObservableList<RecentProject> recent = FXCollections.observableArrayList();
    private final BooleanBinding scanEnabled;

    public StartViewModel(ScanAction action, ObservableBooleanValue busy, DialogService dialogs, PreferencesStore preferences) {
        this.action = action;
        this.dialogs = dialogs;
        this.preferences = preferences;
        this.scanEnabled = Bindings.createBooleanBinding(() -> !busy.get() && !location.get().isBlank(), busy, location);
        recent.setAll(preferences.get().recent());
        preferences.preferences().addListener((obs, old, now) -> recent.setAll(now.recent()));
    }

    /** Scans what the location and branch fields say. */
    public void scan() {
        if (scanEnabled.get()) {
            String b = branch.get().strip();
            action.scan(location.get().strip(), b.isEmpty() ? null : b);
        }
    }

    /** Lets the user pick a folder, then scans it. */
    public void chooseFolder() {
        Path initial = Path.of(System.getProperty("user.home"));
        Optional<Path> folder = dialogs.chooseFolder("Open a Java repository", initial);
        folder.ifPresent(this::scanFolder);
    }

    public void openRecent(RecentProject project) {
        if (project != null) {
            location.set(project.location());
            branch.set(project.branch() == null ? "" : project.branch());
            action.scan(project.location(), project.branch());
        }
    }

    public void forget(RecentProject project) {
        if (project != null) {
            preferences.update(p -> p.withoutRecent(project));
        }
    }

    /** True when a drag carries a folder this screen can scan. */
    public static boolean accepts(List<File> files) {
        return files != null && files.size() == 1 && files.get(0).isDirectory();
    }

    /** A folder was dropped onto the window: scan it. */
    public void dropped(List<File> files) {
        if (accepts(files)) {
            scanFolder(files.get(0).toPath());
        }
    }

    private void scanFolder(Path folder) {
        location.set(folder.toAbsolutePath().normalize().toString());
        branch.set("");
        if (Files.isDirectory(folder)) {
            action.scan(location.get(), null);
        }
    }

    public StringProperty locationProperty() {
        return location;
    }

    public StringProperty branchProperty() {
        return branch;
    }

    public ObservableList<RecentProject> recent() {
        return recent;
    }

    public BooleanBinding scanEnabledProperty() {
        return scanEnabled;
    }
}
