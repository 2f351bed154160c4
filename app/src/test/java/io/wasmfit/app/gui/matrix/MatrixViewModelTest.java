package io.wasmfit.app.gui.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.wasmfit.matrix.LanguageMatrix;
import io.wasmfit.matrix.LibraryCatalog;

class MatrixViewModelTest {

    @Test
    void searchMatchesNamesCoordinatesPackagesAndReplacements() {
        LibraryCatalog catalog = LibraryCatalog.builtIn();
        MatrixViewModel vm = new MatrixViewModel(LanguageMatrix.builtIn(), catalog);
        assertThat(vm.libraries()).hasSize(catalog.entries().size());

        var entry = catalog.entries().stream().filter(e -> !e.coordinates().isEmpty()).findFirst().orElseThrow();
        String coordinates = entry.coordinates().get(0);
        String term = coordinates.substring(coordinates.indexOf(':') + 1);

        vm.searchProperty().set(" " + term.toUpperCase() + " ");

        assertThat(vm.libraries()).contains(entry).hasSizeLessThan(catalog.entries().size())
                .allSatisfy(e -> assertThat(String.join(" ", e.name(), e.id(), e.category(), String.valueOf(e.replacement()),
                        String.join(" ", e.coordinates()), String.join(" ", e.packages())).toLowerCase()).contains(term));
        assertThat(vm.countTextProperty().get()).startsWith(vm.libraries().size() + " of " + catalog.entries().size());

        vm.searchProperty().set("");
        assertThat(vm.libraries()).hasSize(catalog.entries().size());
    }

    @Test
    void theLanguageMatrixShowsEveryFeatureAndTheSearchFindsATrigger() {
        LanguageMatrix matrix = LanguageMatrix.builtIn();
        MatrixViewModel vm = new MatrixViewModel(matrix, LibraryCatalog.builtIn());
        assertThat(vm.features()).containsExactlyElementsOf(matrix.features());
        assertThat(vm.matrixLanguages()).containsExactlyElementsOf(matrix.languages());

        vm.searchProperty().set("redis-trigger");

        assertThat(vm.features()).singleElement().satisfies(f -> assertThat(f.id()).isEqualTo("redis-trigger"));
        var rust = matrix.languages().stream().filter(l -> l.target() == io.wasmfit.matrix.TargetLanguage.RUST).findFirst().orElseThrow();
        assertThat(vm.supportText(rust, vm.features().get(0))).startsWith(rust.support("redis-trigger").key());
    }
}
