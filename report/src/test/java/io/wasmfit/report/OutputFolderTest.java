package io.wasmfit.report;

import io.wasmfit.model.Report;
import io.wasmfit.model.ReportJson;
import io.wasmfit.report.OutputFolder.OutputFolderException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class OutputFolderTest {

    private final Report report = SampleReports.shop();

    @Test
    void writesEachChosenFormatIntoANewFolder(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("a/b/wasmfit-out");
        new OutputFolder(out).check();
        assertThat(dir.resolve("a")).as("check creates nothing").doesNotExist();

        List<Path> written = new OutputFolder(out).write(report, Exporters.all());

        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("wasmfit-report.json",
                "wasmfit-report.html", "wasmfit-report.md", "wasmfit-report.csv", "wasmfit-report.sarif");
        assertThat(ReportJson.read(out.resolve("wasmfit-report.json"))).isEqualTo(report);
        try (var files = Files.list(out)) {
            assertThat(files).hasSize(5);
        }
    }

    @Test
    void aSecondReportReplacesOnlyWasmfitsOwnFiles(@TempDir Path out) throws Exception {
        Path notes = Files.writeString(out.resolve("notes.txt"), "mine");
        Path oldCsv = out.resolve("wasmfit-report.csv");
        new OutputFolder(out).write(report, Exporters.parse("json,csv"));
        FileTime csvTime = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(oldCsv, csvTime);

        Report newer = SampleReports.synthetic(3, 9);
        new OutputFolder(out).write(newer, Exporters.parse("json,html"));

        assertThat(ReportJson.read(out.resolve("wasmfit-report.json"))).isEqualTo(newer);
        assertThat(out.resolve("wasmfit-report.html")).exists();
        assertThat(Files.getLastModifiedTime(oldCsv)).as("a format not asked for is left as it was").isEqualTo(csvTime);
        assertThat(notes).hasContent("mine");
        try (var files = Files.list(out)) {
            assertThat(files).as("no temporary files left").hasSize(4);
        }
    }

    @Test
    void aFileWithAReportNameThatWasmfitDidNotWriteStopsTheExportBeforeAnythingIsWritten(@TempDir Path out) throws Exception {
        new OutputFolder(out).write(report, Exporters.parse("json"));
        String before = Files.readString(out.resolve("wasmfit-report.json"));
        Path users = Files.writeString(out.resolve("wasmfit-report.md"), "# my own notes\n");

        assertThatThrownBy(() -> new OutputFolder(out).write(SampleReports.synthetic(2, 1), Exporters.parse("json,md")))
                .isInstanceOf(OutputFolderException.class)
                .hasMessageContaining("wasmfit-report.md exists and was not written by wasmfit");
        assertThat(users).hasContent("# my own notes\n");
        assertThat(out.resolve("wasmfit-report.json")).hasContent(before);
    }

    @Test
    void aLinkOrFolderWithAReportNameIsNotFollowed(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.html"), "<meta name=\"generator\" content=\"wasmfit x\">");
        Files.createSymbolicLink(out.resolve("wasmfit-report.html"), elsewhere);
        Files.createDirectories(out.resolve("wasmfit-report.csv"));

        assertThatThrownBy(() -> new OutputFolder(out).write(report, Exporters.parse("html")))
                .isInstanceOf(OutputFolderException.class).hasMessageContaining("wasmfit-report.html exists");
        assertThatThrownBy(() -> new OutputFolder(out).write(report, Exporters.parse("csv")))
                .isInstanceOf(OutputFolderException.class).hasMessageContaining("wasmfit-report.csv exists");
        assertThat(elsewhere).hasContent("<meta name=\"generator\" content=\"wasmfit x\">");
    }

    @Test
    void anOutThatIsAFileIsRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("report.txt"), "keep me");

        assertThatThrownBy(() -> new OutputFolder(file).write(report, Exporters.parse("json")))
                .isInstanceOf(OutputFolderException.class)
                .hasMessage("--out " + file + " is a file, not a folder: give a folder for the reports");
        assertThatThrownBy(() -> new OutputFolder(file.resolve("sub")).write(report, Exporters.parse("json")))
                .isInstanceOf(OutputFolderException.class)
                .hasMessage("--out " + file.resolve("sub") + " cannot be created: " + file + " is a file");
        assertThatThrownBy(() -> new OutputFolder(file).check()).isInstanceOf(OutputFolderException.class);
        assertThat(file).hasContent("keep me");
    }

    @Test
    void anOutThatIsNotWritableIsRefused(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(out), "SKIPPED: this user (root?) can write to a read-only folder");
            assertThatThrownBy(() -> new OutputFolder(out).write(report, Exporters.parse("json")))
                    .isInstanceOf(OutputFolderException.class)
                    .hasMessage("--out " + out + " is not writable: choose another folder or fix its permissions");
            assertThatThrownBy(() -> new OutputFolder(out.resolve("new")).check())
                    .isInstanceOf(OutputFolderException.class)
                    .hasMessage("--out " + out.resolve("new") + " is not writable (" + out
                            + " is not): choose another folder or fix its permissions");
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
