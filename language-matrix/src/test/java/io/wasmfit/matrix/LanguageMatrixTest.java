package io.wasmfit.matrix;

import static io.wasmfit.matrix.TargetLanguage.GO;
import static io.wasmfit.matrix.TargetLanguage.JAVA;
import static io.wasmfit.matrix.TargetLanguage.PYTHON;
import static io.wasmfit.matrix.TargetLanguage.RUST;
import static io.wasmfit.matrix.TargetLanguage.TYPESCRIPT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageMatrixTest {

    private final LanguageMatrix matrix = LanguageMatrix.builtIn();

    @TempDir
    Path dir;

    @Test
    void everyFeatureIdOtherModulesRelyOnIsInTheMatrix() {
        assertThat(matrix.features()).extracting(Feature::id).contains("http-trigger", "redis-trigger", "mqtt-trigger",
                "cron-trigger", "sqs-trigger", "custom-trigger", "outbound-http", "variables", "key-value", "sqlite",
                "mysql", "postgresql", "outbound-redis", "serverless-ai", "outbound-mqtt");
    }

    @Test
    void everyLanguageStatesEveryFeature() {
        assertThat(matrix.languages()).extracting(Language::target).containsExactly(TargetLanguage.values());
        for (Language language : matrix.languages()) {
            assertThat(language.support().keySet()).as(language.name())
                    .containsExactlyInAnyOrderElementsOf(matrix.features().stream().map(Feature::id).toList());
        }
    }

    @Test
    void theFourSdkLanguagesSupportHttpAndEverySpinApiButMqtt() {
        assertThat(matrix.languagesSupporting("http-trigger")).containsExactly(JAVA, RUST, TYPESCRIPT, PYTHON, GO);
        for (String feature : List.of("outbound-http", "variables", "key-value", "sqlite", "mysql",
                "postgresql", "outbound-redis", "serverless-ai")) {
            assertThat(matrix.languagesSupporting(feature)).as(feature).containsExactly(RUST, TYPESCRIPT, PYTHON, GO);
        }
    }

    @Test
    void theRedisTriggerIsNotForTypeScript() {
        assertThat(matrix.languagesSupporting("redis-trigger")).containsExactly(RUST, PYTHON, GO);
        assertThat(matrix.support(TYPESCRIPT, "redis-trigger")).isEqualTo(Support.NOT_SUPPORTED);
    }

    @Test
    void mqttMessagingIsOnlyRustAndTypeScript() {
        assertThat(matrix.languagesSupporting("outbound-mqtt")).containsExactly(RUST, TYPESCRIPT);
        assertThat(matrix.support(PYTHON, "outbound-mqtt")).isEqualTo(Support.NOT_SUPPORTED);
        assertThat(matrix.support(GO, "outbound-mqtt")).isEqualTo(Support.NOT_SUPPORTED);
    }

    @Test
    void onlyRustCanAuthorCustomTriggers() {
        assertThat(matrix.languagesSupporting("custom-trigger")).containsExactly(RUST);
    }

    @Test
    void javaSupportsOnlyTheHttpTriggerThroughWagi() {
        List<String> javaSupported = matrix.features().stream().map(Feature::id).filter(f -> matrix.supports(JAVA, f)).toList();
        assertThat(javaSupported).containsExactly("http-trigger");
        assertThat(matrix.language(JAVA).orElseThrow().note("http-trigger")).hasValueSatisfying(n -> assertThat(n).contains("WAGI"));
        assertThat(matrix.language(JAVA).orElseThrow().note()).contains("no Spin SDK");
    }

    @Test
    void triggerPluginsAreMarkedAsPlugins() {
        assertThat(matrix.features().stream().filter(Feature::isPlugin).map(Feature::id))
                .containsExactlyInAnyOrder("cron-trigger", "sqs-trigger", "mqtt-trigger", "command-trigger");
        assertThat(matrix.feature("http-trigger").orElseThrow().isPlugin()).isFalse();
    }

    @Test
    void cronHasGuestsOnlyInRustAndPython() {
        assertThat(matrix.languagesSupporting("cron-trigger")).containsExactly(RUST, PYTHON);
        assertThat(matrix.support(GO, "cron-trigger")).isEqualTo(Support.UNKNOWN);
        assertThat(matrix.supports(GO, "cron-trigger")).as("unknown is never support").isFalse();
    }

    @Test
    void theDataSaysWhereItComesFromAndWhen() {
        assertThat(matrix.sources()).contains("https://spinframework.dev/v3/language-support-overview",
                "https://developer.fermyon.com/wasm-languages");
        assertThat(matrix.source()).startsWith("https://");
        assertThat(matrix.asOf()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void aTypoInAFeatureIdFailsLoudly() {
        assertThatThrownBy(() -> matrix.supports(RUST, "key-valu"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown Spin feature id 'key-valu'");
    }

    @Test
    void aMatrixFileCanBeLoadedAndAMissingCellIsUnknown() throws Exception {
        Path file = write("""
                source: https://example.com/matrix
                asOf: 2027-01-01
                features:
                  - {id: http-trigger, name: HTTP trigger, kind: trigger}
                  - {id: wasi-sockets, name: Sockets, kind: api}
                languages:
                  - id: java
                    name: Java
                    sdk: TeaVM
                    support: {http-trigger: supported, wasi-sockets: supported}
                  - id: rust
                    name: Rust
                    sdk: spin-sdk
                    support: {http-trigger: supported}
                """);
        LanguageMatrix loaded = LanguageMatrix.load(file);
        assertThat(loaded.supports(JAVA, "wasi-sockets")).isTrue();
        assertThat(loaded.support(RUST, "wasi-sockets")).isEqualTo(Support.UNKNOWN);
        assertThat(loaded.support(GO, "http-trigger")).as("a language the file leaves out").isEqualTo(Support.UNKNOWN);
        assertThat(loaded.asOf()).isEqualTo("2027-01-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "bad-support|    support: {http-trigger: yes}|7|29|unknown support value 'yes'",
        "unknown-feature|    support: {http-trgger: supported}|7|15|unknown feature 'http-trgger' in language 'rust'",
        "unknown-language|  - id: cobol|5|9|unknown language 'cobol'",
    })
    void matrixErrorsNameTheFileLineAndColumn(String testCase) throws Exception {
        String[] parts = testCase.split("\\|");
        String template = """
                source: https://example.com/matrix
                asOf: 2027-01-01
                features: [{id: http-trigger, name: HTTP trigger, kind: trigger}]
                languages:
                  - id: rust
                    sdk: spin-sdk
                    support: {http-trigger: supported}
                    name: Rust
                """;
        String yaml = parts[0].equals("unknown-language")
                ? template.replace("  - id: rust", parts[1])
                : template.replace("    support: {http-trigger: supported}", parts[1]);
        Path file = write(yaml);
        assertThatThrownBy(() -> LanguageMatrix.load(file))
                .isInstanceOf(CatalogException.class)
                .hasMessageStartingWith(file + ":" + parts[2] + ":" + parts[3] + ": ")
                .hasMessageContaining(parts[4]);
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("matrix.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
