package io.wasmfit.app.gui.matrix;

import java.util.Locale;

import io.wasmfit.matrix.CatalogEntry;
import io.wasmfit.matrix.LibraryCatalog;
import io.wasmfit.matrix.TargetLanguage;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The library catalog (which Java libraries have a Wasm path per satellite language, and the Spin
 * API that replaces the ones that do not), searchable by name, coordinates, package and replacement.
 */
public final class MatrixViewModel {

    private final LibraryCatalog catalog;
    private final FilteredList<CatalogEntry> libraries;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");

    public MatrixViewModel(LibraryCatalog catalog) {
        this.catalog = catalog;
        this.libraries = new FilteredList<>(FXCollections.observableArrayList(catalog.entries()));
        search.addListener((obs, old, now) -> refilter());
        libraries.addListener((ListChangeListener<CatalogEntry>) change -> updateCount());
        updateCount();
    }

    private void refilter() {
        String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        libraries.setPredicate(text.isEmpty() ? null : e -> matches(e, text));
    }

    private static boolean matches(CatalogEntry e, String text) {
        return contains(e.name(), text) || contains(e.id(), text) || contains(e.category(), text)
                || contains(e.replacement(), text)
                || e.coordinates().stream().anyMatch(c -> contains(c, text))
                || e.packages().stream().anyMatch(p -> contains(p, text));
    }

    private static boolean contains(String value, String text) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text);
    }

    private void updateCount() {
        countText.set(libraries.size() + " of " + catalog.entries().size() + " libraries"
                + (catalog.asOf() == null || catalog.asOf().isBlank() ? "" : " (catalog as of " + catalog.asOf() + ")"));
    }

    public ObservableList<CatalogEntry> libraries() {
        return libraries;
    }

    /** The satellite languages, one verdict column each. */
    public java.util.List<TargetLanguage> languages() {
        return java.util.List.of(TargetLanguage.values());
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }
}
