package io.wasmfit.app.gui.matrix;

import java.util.List;
import java.util.Locale;

import io.wasmfit.matrix.CatalogEntry;
import io.wasmfit.matrix.Feature;
import io.wasmfit.matrix.Language;
import io.wasmfit.matrix.LanguageMatrix;
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
 * The language matrix (which Spin triggers and APIs each satellite language's SDK supports) and the
 * library catalog (which Java libraries have a Wasm path per language, and the Spin API that
 * replaces the ones that do not); one search filters both.
 */
public final class MatrixViewModel {

    private final LibraryCatalog catalog;
    private final LanguageMatrix matrix;
    private final FilteredList<CatalogEntry> libraries;
    private final FilteredList<Feature> features;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");

    public MatrixViewModel(LanguageMatrix matrix, LibraryCatalog catalog) {
        this.catalog = catalog;
        this.matrix = matrix;
        this.libraries = new FilteredList<>(FXCollections.observableArrayList(catalog.entries()));
        this.features = new FilteredList<>(FXCollections.observableArrayList(matrix.features()));
        search.addListener((obs, old, now) -> refilter());
        libraries.addListener((ListChangeListener<CatalogEntry>) change -> updateCount());
        updateCount();
    }

    private void refilter() {
        String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        libraries.setPredicate(text.isEmpty() ? null : e -> matches(e, text));
        features.setPredicate(text.isEmpty() ? null : f -> contains(f.id(), text) || contains(f.name(), text)
                || contains(f.plugin(), text));
    }

    /** How a language supports a feature, with the matrix's note when it has one. */
    public String supportText(Language language, Feature feature) {
        return language.support(feature.id()).key() + language.note(feature.id()).map(n -> " — " + n).orElse("");
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

    /** The Spin features (triggers and APIs) that match the search. */
    public ObservableList<Feature> features() {
        return features;
    }

    /** The satellite languages of the matrix, one column each. */
    public List<Language> matrixLanguages() {
        return matrix.languages();
    }

    /** Where the matrix comes from and how current it is. */
    public String matrixSource() {
        return "Spin language support as of " + matrix.asOf() + " — " + String.join(", ", matrix.sources());
    }

    public ObservableList<CatalogEntry> libraries() {
        return libraries;
    }

    /** The satellite languages, one verdict column each. */
    public List<TargetLanguage> languages() {
        return List.of(TargetLanguage.values());
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }
}
