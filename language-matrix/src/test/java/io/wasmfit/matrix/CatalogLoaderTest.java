package io.wasmfit.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every mistake in a catalog file is reported with the file, line and column where it is. */
class CatalogLoaderTest {

    private static final String HEADER = """
            source: https://example.com/verdicts
            asOf: 2026-11-27
            category: json
            entries:
            """;

    private static final String GOOD_ENTRY = """
              - id: acme-json
                name: Acme JSON
                coordinates: [com.acme:acme-json]
                packages: [com.acme.json]
                verdicts: {java: unsupported, others: supported}
                reason: It binds by reflection.
            """;

    @TempDir
    Path dir;

    @Test
    void aValidFileLoads() throws Exception {
        LibraryCatalog catalog = LibraryCatalog.load(write(HEADER + GOOD_ENTRY));
        CatalogEntry entry = catalog.entries().get(0);
        assertThat(entry.id()).isEqualTo("acme-json");
        assertThat(entry.category()).isEqualTo("json");
        assertThat(entry.verdict(TargetLanguage.JAVA)).isEqualTo(LibraryVerdict.UNSUPPORTED);
        assertThat(entry.verdict(TargetLanguage.GO)).as("from 'others'").isEqualTo(LibraryVerdict.SUPPORTED);
        assertThat(entry.library()).isEqualTo("com.acme:acme-json");
        assertThat(entry.blocker()).isFalse();
        assertThat(entry.points()).isNull();
        assertThat(catalog.source()).isEqualTo("https://example.com/verdicts");
        assertThat(catalog.asOf()).isEqualTo("2026-11-27");
    }

    @Test
    void badYamlIsReportedWhereTheParserStopped() throws Exception {
        Path file = write(HEADER + """
                  - id: acme-json
                    name: [Acme JSON
                """);
        CatalogException e = load(file);
        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.getMessage()).startsWith(file + ":7:").contains("not valid YAML").contains("flow sequence");
    }

    @Test
    void aTabInTheIndentationIsReportedAtThatLine() throws Exception {
        Path file = write(HEADER + GOOD_ENTRY + "\t- id: other\n");
        assertThat(load(file).getMessage()).startsWith(file + ":11:1: not valid YAML").contains("TAB");
    }

    @Test
    void anUnknownKeyIsReportedAtTheKey() throws Exception {
        Path file = write(HEADER + GOOD_ENTRY.replace("    reason:", "    raeson:"));
        assertThat(load(file).getMessage())
                .isEqualTo(file + ":10:5: unknown key 'raeson' in entry 'acme-json' (expected id, name, category,"
                        + " coordinates, packages, artifact, verdicts, reason, replacement, spinFeatures, points, blocker, link)");
    }

    @Test
    void anUnknownTopLevelKeyIsReported() throws Exception {
        Path file = write("sauce: https://example.com\n" + HEADER + GOOD_ENTRY);
        assertThat(load(file).getMessage()).startsWith(file + ":1:1: unknown key 'sauce' in the catalog file");
    }

    @Test
    void aBadVerdictIsReportedAtTheValue() throws Exception {
        Path file = write(HEADER + GOOD_ENTRY.replace("java: unsupported", "java: works"));
        assertThat(load(file).getMessage()).isEqualTo(file + ":9:22: unknown library verdict 'works'"
                + " (expected supported, replaceable, unsupported or unknown)");
    }

    @Test
    void aBadTargetLanguageIsReportedAtTheKey() throws Exception {
        Path file = write(HEADER + GOOD_ENTRY.replace("java: unsupported", "kotlin: unsupported"));
        assertThat(load(file).getMessage()).startsWith(file + ":9:16: unknown language 'kotlin'")
                .contains("others, java, rust, typescript, python, go");
    }

    @Test
    void aDuplicateIdNamesBothPlaces() throws Exception {
        Path file = write(HEADER + GOOD_ENTRY + GOOD_ENTRY.replace("com.acme", "org.acme"));
        assertThat(load(file).getMessage()).isEqualTo(file + ":11:9: duplicate id 'acme-json' (also at " + file + ":5)");
    }

    @Test
    void aPackageClaimedTwiceNamesTheOtherEntry() throws Exception {
        Path file = write(HEADER + GOOD_ENTRY + GOOD_ENTRY.replace("acme-json", "acme-json-2").replace("[com.acme:", "[org.acme:"));
        assertThat(load(file).getMessage()).isEqualTo(file + ":14:16: package 'com.acme.json' is already claimed by entry"
                + " 'acme-json' (" + file + ":5); each belongs to one entry");
    }

    @Test
    void aMissingFieldIsReportedAtItsEntry() throws Exception {
        Path file = write(HEADER + GOOD_ENTRY.replace("    reason: It binds by reflection.\n", ""));
        assertThat(load(file).getMessage()).isEqualTo(file + ":5:5: entry 'acme-json' is missing the required field 'reason'");
    }

    @Test
    void aMissingIdIsReported() throws Exception {
        Path file = write(HEADER + GOOD_ENTRY.replace("  - id: acme-json\n    name:", "  - name:"));
        assertThat(load(file).getMessage()).isEqualTo(file + ":5:5: an entry is missing the required field 'id'");
    }

    @Test
    void aMissingAsOfIsReported() throws Exception {
        Path file = write(HEADER.replace("asOf: 2026-11-27\n", "") + GOOD_ENTRY);
        assertThat(load(file).getMessage()).isEqualTo(file + ":1:1: the catalog file is missing the required field 'asOf'");
    }

    @Test
    void aBadDateIsReported() throws Exception {
        Path file = write(HEADER.replace("2026-11-27", "last tuesday") + GOOD_ENTRY);
        assertThat(load(file).getMessage()).startsWith(file + ":2:7: 'asOf' must be a date like 2026-11-27");
    }

    @Test
    void aReplaceableEntryMustNameItsReplacement() throws Exception {
        Path file = write(HEADER + GOOD_ENTRY.replace("others: supported", "others: replaceable"));
        assertThat(load(file).getMessage()).startsWith(file + ":9:5: entry 'acme-json' is replaceable for some target");
    }

    @Test
    void anUnknownSpinFeatureIsReported() throws Exception {
        Path file = write(HEADER + GOOD_ENTRY + "    spinFeatures: [key-value, kafka]\n");
        assertThat(load(file).getMessage()).startsWith(file + ":11:31: unknown Spin feature 'kafka' (known: ");
    }

    @Test
    void coordinatesWithAVersionAreRejected() throws Exception {
        Path file = write(HEADER + GOOD_ENTRY.replace("com.acme:acme-json", "com.acme:acme-json:1.0"));
        assertThat(load(file).getMessage()).startsWith(file + ":7:19: coordinates 'com.acme:acme-json:1.0' must be groupId:artifactId");
    }

    @Test
    void theFirstCoordinatesMustBeExact() throws Exception {
        Path file = write(HEADER + GOOD_ENTRY.replace("[com.acme:acme-json]", "[com.acme:acme-*]"));
        assertThat(load(file).getMessage()).startsWith(file + ":7:19: the first coordinates of entry 'acme-json'");
    }

    @Test
    void pointsMustBeAPenalty() throws Exception {
        Path file = write(HEADER + GOOD_ENTRY + "    points: 20\n");
        assertThat(load(file).getMessage()).isEqualTo(file + ":11:13: 'points' must be between -100 and 0, not 20");
    }

    @Test
    void anArtifactMustBelongToAnEntry() throws Exception {
        Path file = write(HEADER + GOOD_ENTRY + """
                  - id: acme-json-streams
                    name: Acme JSON streams
                    artifact: com.acme:acme-streams
                    packages: [com.acme.json.stream]
                    verdicts: {others: unknown}
                    reason: Nobody has tried it.
                """);
        assertThat(load(file).getMessage()).startsWith(file + ":13:15: artifact 'com.acme:acme-streams' of entry"
                + " 'acme-json-streams' is not the coordinates of any entry");
    }

    @Test
    void aFileThatIsNotUtf8IsRejected() throws Exception {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, (HEADER + GOOD_ENTRY.replace("Acme JSON", "Acme JSÖN")).getBytes(StandardCharsets.ISO_8859_1));
        assertThat(load(file).getMessage()).isEqualTo(file + ": is not UTF-8 text");
    }

    @Test
    void aMissingFileIsReported() {
        Path file = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> LibraryCatalog.builtIn().withEntriesFrom(file))
                .isInstanceOf(CatalogException.class)
                .hasMessage(file + ": does not exist");
    }

    @Test
    void anEmptyFileIsReported() throws Exception {
        Path file = write("");
        assertThat(load(file).getMessage()).isEqualTo(file + ":1:1: the file is empty");
    }

    private CatalogException load(Path file) {
        return catchThrowableOfType(CatalogException.class, () -> LibraryCatalog.load(file));
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("catalog.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
