package io.wasmfit.app.gui.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The user's preferences, held in an observable property and saved to {@code preferences.json}
 * in the user's configuration folder on every change. A file that cannot be read is kept aside as
 * {@code preferences.json.broken} (never silently overwritten) and the defaults are used.
 */
public final class PreferencesStore {

    public static final String FILE_NAME = "preferences.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path file;
    private final GuiLog log;
    private final ObjectProperty<Preferences> current = new SimpleObjectProperty<>(this, "preferences");

    public PreferencesStore(Path folder, GuiLog log) {
        this.file = folder.resolve(FILE_NAME);
        this.log = log;
        current.set(read());
        current.addListener((obs, old, now) -> write(now));
    }

    public ObjectProperty<Preferences> preferences() {
        return current;
    }

    public Preferences get() {
        return current.get();
    }

    public void update(java.util.function.UnaryOperator<Preferences> change) {
        current.set(change.apply(current.get()));
    }

    public Path file() {
        return file;
    }

    private Preferences read() {
        if (!Files.exists(file)) {
            return Preferences.defaults();
        }
        try {
            Preferences p = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), Preferences.class);
            return p == null ? Preferences.defaults() : p.sanitised();
        } catch (IOException | RuntimeException e) {
            log.error("cannot read the preferences in " + file + "; using the defaults", e);
            try {
                Files.move(file, file.resolveSibling(FILE_NAME + ".broken"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailure) {
                log.error("cannot move the broken preferences aside", moveFailure);
            }
            return Preferences.defaults();
        }
    }

    private void write(Preferences p) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            Files.writeString(tmp, JSON.writeValueAsString(p) + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            log.error("cannot save the preferences to " + file, e);
        }
    }
}
