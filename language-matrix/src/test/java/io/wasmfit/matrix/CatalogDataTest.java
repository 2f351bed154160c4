package io.wasmfit.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in catalog agrees with the language matrix and keeps its own promises. */
class CatalogDataTest {

    private static final LanguageMatrix MATRIX = LanguageMatrix.builtIn();

    static Stream<CatalogEntry> entries() {
        return LibraryCatalog.builtIn().entries().stream();
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("entries")
    void everyEntryGivesAVerdictForEveryTarget(CatalogEntry entry) {
        assertThat(entry.verdicts().keySet()).containsExactlyInAnyOrder(TargetLanguage.values());
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("entries")
    void aSpinReplacementIsOnlyClaimedWhereTheLanguageHasThatFeature(CatalogEntry entry) {
        if (entry.spinFeatures().isEmpty()) {
            return;
        }
        for (TargetLanguage target : TargetLanguage.values()) {
            if (entry.verdict(target) == LibraryVerdict.REPLACEABLE) {
                List<String> usable = entry.spinFeatures().stream().filter(f -> MATRIX.supports(target, f)).toList();
                assertThat(usable).as("%s is replaceable for %s through %s", entry.id(), target.key(), entry.spinFeatures()).isNotEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("entries")
    void blockersNeverRunInAJavaSatellite(CatalogEntry entry) {
        if (entry.blocker()) {
            assertThat(entry.verdict(TargetLanguage.JAVA)).isEqualTo(LibraryVerdict.UNSUPPORTED);
        }
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("entries")
    void theReasonIsOneSentence(CatalogEntry entry) {
        assertThat(entry.reason()).endsWith(".").doesNotContainPattern("\\. [A-Z]").hasSizeLessThanOrEqualTo(240);
    }

    @Test
    void aJavaSatelliteReachesNoSpinApi() {
        entries().filter(e -> e.verdict(TargetLanguage.JAVA) == LibraryVerdict.REPLACEABLE).forEach(e ->
                assertThat(e.spinFeatures()).as(e.id()).allMatch(f -> f.equals("http-trigger")));
    }

    @Test
    void theIssueExamplesHaveTheExpectedVerdicts() {
        LibraryCatalog catalog = LibraryCatalog.builtIn();
        CatalogEntry thread = catalog.forType("java.lang.Thread").orElseThrow();
        assertThat(thread.blocker()).as("Thread.currentThread() is harmless; starting threads is the rules' blocker").isFalse();
        assertThat(thread.verdict(TargetLanguage.JAVA)).isEqualTo(LibraryVerdict.UNKNOWN);
        CatalogEntry pool = catalog.forType("java.util.concurrent.Executors").orElseThrow();
        assertThat(pool.blocker()).isTrue();
        CatalogEntry jna = catalog.forCoordinates("net.java.dev.jna", "jna").orElseThrow();
        assertThat(jna.blocker()).isTrue();

        CatalogEntry jpa = catalog.forType("jakarta.persistence.EntityManager").orElseThrow();
        assertThat(jpa.points()).isEqualTo(-50);
        assertThat(jpa.verdict(TargetLanguage.RUST)).isEqualTo(LibraryVerdict.REPLACEABLE);
        assertThat(jpa.spinFeatures()).contains("sqlite", "postgresql");

        CatalogEntry jedis = catalog.forType("redis.clients.jedis.Jedis").orElseThrow();
        assertThat(jedis.verdict(TargetLanguage.JAVA)).isEqualTo(LibraryVerdict.UNSUPPORTED);
        assertThat(jedis.verdict(TargetLanguage.GO)).isEqualTo(LibraryVerdict.REPLACEABLE);
        assertThat(jedis.replacement()).contains("Redis");

        CatalogEntry paho = catalog.forType("org.eclipse.paho.client.mqttv3.MqttClient").orElseThrow();
        assertThat(paho.verdict(TargetLanguage.TYPESCRIPT)).isEqualTo(LibraryVerdict.REPLACEABLE);
        assertThat(paho.verdict(TargetLanguage.PYTHON)).isEqualTo(LibraryVerdict.UNSUPPORTED);

        assertThat(catalog.forType("java.time.LocalDate").orElseThrow().verdict(TargetLanguage.JAVA)).isEqualTo(LibraryVerdict.SUPPORTED);
        assertThat(catalog.forType("java.math.BigDecimal").orElseThrow().verdict(TargetLanguage.JAVA)).isEqualTo(LibraryVerdict.SUPPORTED);
        assertThat(catalog.forType("lombok.Data").orElseThrow().verdict(TargetLanguage.JAVA)).isEqualTo(LibraryVerdict.SUPPORTED);
        assertThat(catalog.forType("com.fasterxml.jackson.databind.ObjectMapper").orElseThrow().verdict(TargetLanguage.JAVA))
                .isEqualTo(LibraryVerdict.UNSUPPORTED);
    }

    @Test
    void everyFileOfTheCatalogSaysWhereItsVerdictsComeFrom() {
        LibraryCatalog catalog = LibraryCatalog.builtIn();
        assertThat(catalog.sources()).isNotEmpty().allMatch(s -> s.startsWith("https://"));
        assertThat(catalog.asOf()).matches("\\d{4}-\\d{2}-\\d{2}");
    }
}
