package io.wasmfit.app.gui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wasmfit.app.gui.Fixtures;
import io.wasmfit.app.gui.service.GuiServices;
import io.wasmfit.model.Candidate;
import io.wasmfit.model.Report;
import io.wasmfit.model.ReportJson;
import io.wasmfit.report.Exporters;
import io.wasmfit.rules.RuleSet;
import javafx.beans.property.SimpleObjectProperty;

class ExportViewModelTest {

    @TempDir
    Path home;

    private final Fixtures.RecordingDialogs dialogs = new Fixtures.RecordingDialogs();
    private final Report report = Fixtures.shopReport(RuleSet.builtIn());

    private ExportViewModel viewModel(GuiServices services) {
        SimpleObjectProperty<Report> current = new SimpleObjectProperty<>(report);
        return new ExportViewModel(services, current::get, current);
    }

    @Test
    void offersTheRegistrysFormatsWithJsonAndHtmlChecked() {
        ExportViewModel vm = viewModel(Fixtures.services(home, dialogs));

        assertThat(vm.formats()).extracting(f -> f.exporter().format())
                .containsExactlyElementsOf(Exporters.all().stream().map(e -> e.format()).toList());
        assertThat(vm.formats()).filteredOn(f -> f.selected().get()).extracting(f -> f.exporter().format())
                .containsExactlyElementsOf(Exporters.DEFAULT_FORMATS);
        vm.prepare();
        assertThat(vm.folderProperty().get()).endsWith(Path.of("wasmfit-reports", "shop").toString());
    }

    @Test
    void writesTheChosenFormatsOpensTheHtmlAndRemembersTheFolder() throws Exception {
        GuiServices services = Fixtures.services(home, dialogs);
        ExportViewModel vm = viewModel(services);
        Path out = home.resolve("reports");
        vm.folderProperty().set(out.toString());
        vm.formats().stream().filter(f -> f.exporter().format().equals("md")).findFirst().orElseThrow().selected().set(true);
        List<Path> written = new ArrayList<>();

        vm.export(written::addAll);

        assertThat(dialogs.errors).isEmpty();
        assertThat(written).containsExactly(out.resolve("wasmfit-report.json"), out.resolve("wasmfit-report.html"),
                out.resolve("wasmfit-report.md"));
        assertThat(ReportJson.read(out.resolve("wasmfit-report.json")).candidates()).extracting(Candidate::id)
                .containsExactlyElementsOf(report.candidates().stream().map(Candidate::id).toList());
        assertThat(dialogs.opened).containsExactly(out.resolve("wasmfit-report.html"));
        assertThat(services.preferences().get().lastExportFolder()).isEqualTo(out.toString());
        vm.prepare();
        assertThat(vm.folderProperty().get()).isEqualTo(out.toString());
    }

    @Test
    void aFileWasmfitDidNotWriteIsLeftAloneAndTheUserIsToldWhy() throws Exception {
        ExportViewModel vm = viewModel(Fixtures.services(home, dialogs));
        Path out = Files.createDirectories(home.resolve("reports"));
        Files.writeString(out.resolve("wasmfit-report.html"), "<html>my own notes</html>");
        vm.folderProperty().set(out.toString());
        List<Path> written = new ArrayList<>();

        vm.export(written::addAll);

        assertThat(written).isEmpty();
        assertThat(out.resolve("wasmfit-report.html")).hasContent("<html>my own notes</html>");
        assertThat(dialogs.errors).singleElement().satisfies(e -> {
            assertThat(e.message()).contains("was not written by wasmfit").doesNotContain("--out");
            assertThat(e.detail()).isNull();
        });
        assertThat(dialogs.opened).isEmpty();
    }

    @Test
    void nothingCanBeExportedWithoutAFormatOrAFolder() {
        ExportViewModel vm = viewModel(Fixtures.services(home, dialogs));
        vm.folderProperty().set(home.toString());
        assertThat(vm.canExportProperty().get()).isTrue();

        vm.formats().forEach(f -> f.selected().set(false));
        assertThat(vm.canExportProperty().get()).isFalse();

        vm.formats().get(0).selected().set(true);
        vm.folderProperty().set(" ");
        assertThat(vm.canExportProperty().get()).isFalse();
    }
}
