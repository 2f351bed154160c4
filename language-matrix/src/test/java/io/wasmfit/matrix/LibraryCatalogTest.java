package io.wasmfit.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LibraryCatalogTest {

    private static final LibraryCatalog CATALOG = LibraryCatalog.builtIn();

    @TempDir
    Path dir;

    static Stream<CatalogEntry> entries() {
        return CATALOG.entries().stream();
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("entries")
    void everyEntryIsFoundByEachOfItsCoordinatesAndPackages(CatalogEntry entry) {
        for (String coordinate : entry.coordinates()) {
            String[] ga = coordinate.replace("*", "zz-probe").split(":");
            assertThat(CATALOG.forCoordinates(ga[0], ga[1])).as(coordinate).contains(entry);
        }
        for (String prefix : entry.packages()) {
            assertThat(CATALOG.forType(prefix + ".Foo")).as(prefix + ".Foo").contains(entry);
            assertThat(CATALOG.forType(prefix)).as(prefix).contains(entry);
        }
    }

    @Test
    void everyPartOfAJarNamesAJarTheCatalogKnows() {
        CATALOG.entries().stream().filter(e -> e.artifact() != null).forEach(e -> {
            String[] ga = e.artifact().split(":");
            assertThat(CATALOG.forCoordinates(ga[0], ga[1])).as(e.id()).isPresent();
            assertThat(e.library()).isEqualTo(e.artifact());
        });
    }

    @Test
    void theCatalogCoversAtLeast150LibrariesAndJdkAreas() {
        assertThat(CATALOG.entries()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(CATALOG.entries().stream().map(CatalogEntry::category).distinct())
                .contains("web", "serialization", "logging", "validation", "jdbc", "persistence", "http-client", "redis",
                        "messaging", "caching", "security", "templating", "documents", "image", "cloud-sdk", "rpc",
                        "runtime", "utilities", "jdk");
    }

    @Test
    void theLongestMatchingPrefixWins() {
        assertThat(id(CATALOG.forType("org.json.JSONObject"))).isEqualTo("org-json");
        assertThat(id(CATALOG.forType("org.json.simple.JSONObject"))).isEqualTo("json-simple");
        assertThat(id(CATALOG.forType("org.springframework.web.bind.annotation.GetMapping"))).isEqualTo("spring-web");
        assertThat(id(CATALOG.forType("org.springframework.web.client.RestTemplate"))).isEqualTo("spring-rest-template");
        assertThat(id(CATALOG.forType("org.springframework.web.reactive.function.client.WebClient"))).isEqualTo("spring-webclient");
        assertThat(id(CATALOG.forType("org.springframework.scheduling.annotation.Scheduled"))).isEqualTo("spring-scheduling");
        assertThat(id(CATALOG.forType("org.springframework.scheduling.annotation.Async"))).isEqualTo("spring-async");
        assertThat(id(CATALOG.forType("java.util.concurrent.ConcurrentHashMap"))).isEqualTo("jdk-concurrent-collections");
        assertThat(id(CATALOG.forType("java.util.concurrent.ExecutorService"))).isEqualTo("jdk-executors");
        assertThat(id(CATALOG.forType("java.util.concurrent.CountDownLatch"))).isEqualTo("jdk-concurrency");
        assertThat(id(CATALOG.forType("java.util.ArrayList"))).isEqualTo("jdk-util");
    }

    @Test
    void prefixesMatchWholeSegmentsOnly() {
        assertThat(id(CATALOG.forType("java.lang.Thread"))).isEqualTo("jdk-thread");
        assertThat(id(CATALOG.forType("java.lang.ThreadLocal"))).as("not java.lang.Thread").isEqualTo("jdk-lang");
        assertThat(id(CATALOG.forType("org.apache.commons.lang.StringUtils"))).isEqualTo("commons-lang");
        assertThat(id(CATALOG.forType("org.apache.commons.lang3.time.DateUtils"))).isEqualTo("commons-lang3");
        assertThat(id(CATALOG.forType("org.apache.commons.lang3.StringUtils"))).isEqualTo("commons-lang3-strings");
        assertThat(id(CATALOG.forType("org.apache.commons.lang3.StringUtilsX"))).isEqualTo("commons-lang3");
    }

    @Test
    void nestedTypesMatchWithDotOrDollarAndGenericsAreIgnored() {
        assertThat(id(CATALOG.forType("java.lang.Thread.State"))).isEqualTo("jdk-thread");
        assertThat(id(CATALOG.forType("java.lang.Thread$UncaughtExceptionHandler"))).isEqualTo("jdk-thread");
        assertThat(id(CATALOG.forType("org.springframework.http.ResponseEntity<java.lang.Thread>"))).isEqualTo("spring-web");
        assertThat(id(CATALOG.forType("java.util.concurrent.ExecutorService[]"))).isEqualTo("jdk-executors");
    }

    @Test
    void unknownTypesAndArtifactsFindNothing() {
        assertThat(CATALOG.forType("com.example.shop.PriceTable")).isEmpty();
        assertThat(CATALOG.forType("")).isEmpty();
        assertThat(CATALOG.forType("java")).as("a prefix of a prefix").isEmpty();
        assertThat(CATALOG.forCoordinates("com.example", "shop")).isEmpty();
    }

    @Test
    void exactCoordinatesBeatPatternsAndTheMostSpecificPatternWins() {
        assertThat(id(CATALOG.forCoordinates("org.springframework.boot", "spring-boot-starter-data-redis"))).isEqualTo("spring-data-redis");
        assertThat(id(CATALOG.forCoordinates("org.springframework.boot", "spring-boot-starter-data-couchbase"))).isEqualTo("spring-data-commons");
        assertThat(id(CATALOG.forCoordinates("software.amazon.awssdk", "s3"))).isEqualTo("aws-s3");
        assertThat(id(CATALOG.forCoordinates("software.amazon.awssdk", "bedrockruntime"))).isEqualTo("aws-sdk-v2");
        assertThat(id(CATALOG.forCoordinates(" com.google.cloud ", "google-cloud-bigquery"))).isEqualTo("gcp-sdk-core");
    }

    @Test
    void jdkAreasAreNamedByPackageAndLibrariesByCoordinates() {
        assertThat(CATALOG.entry("jdk-net-http").orElseThrow().library()).isEqualTo("jdk:java.net.http");
        assertThat(CATALOG.entry("jdk-net-http").orElseThrow().isJdk()).isTrue();
        assertThat(CATALOG.entry("jackson-databind").orElseThrow().library()).isEqualTo("com.fasterxml.jackson.core:jackson-databind");
        assertThat(CATALOG.entry("spring-rest-template").orElseThrow().library()).isEqualTo("org.springframework:spring-web");
        assertThat(CATALOG.entry("spring-rest-template").orElseThrow().isJdk()).isFalse();
    }

    @Test
    void aUserFileReplacesEntriesByIdAndAddsNewOnes() throws Exception {
        Path user = write("""
                source: https://wiki.example.com/wasm-verdicts
                asOf: 2026-12-01
                entries:
                  - id: jackson-databind
                    name: Jackson Databind (checked by us)
                    category: serialization
                    coordinates: [com.fasterxml.jackson.core:jackson-databind]
                    packages: [com.fasterxml.jackson.databind]
                    verdicts: {java: unsupported, others: supported}
                    reason: We checked it ourselves.
                    points: -45
                  - id: acme-pricing
                    name: Acme pricing rules
                    category: in-house
                    coordinates: [com.acme:pricing-rules]
                    packages: [com.acme.pricing]
                    verdicts: {others: supported}
                    reason: Pure computation, compiled with TeaVM by our team.
                """);
        LibraryCatalog merged = CATALOG.withEntriesFrom(user);

        assertThat(merged.entries()).hasSize(CATALOG.entries().size() + 1);
        CatalogEntry jackson = merged.forType("com.fasterxml.jackson.databind.ObjectMapper").orElseThrow();
        assertThat(jackson.name()).isEqualTo("Jackson Databind (checked by us)");
        assertThat(jackson.points()).isEqualTo(-45);
        assertThat(merged.forCoordinates("com.fasterxml.jackson.core", "jackson-databind")).contains(jackson);
        assertThat(merged.entries().indexOf(jackson)).as("replaced in place")
                .isEqualTo(CATALOG.entries().indexOf(CATALOG.entry("jackson-databind").orElseThrow()));
        assertThat(id(merged.forType("com.acme.pricing.Rules"))).isEqualTo("acme-pricing");
        assertThat(merged.entries().get(merged.entries().size() - 1).id()).isEqualTo("acme-pricing");
        assertThat(merged.sources()).contains("https://wiki.example.com/wasm-verdicts");

        assertThat(CATALOG.entry("jackson-databind").orElseThrow().name()).as("the built-in catalog is untouched").isEqualTo("Jackson Databind");
        assertThat(CATALOG.forType("com.acme.pricing.Rules")).isEmpty();
    }

    @Test
    void aUserEntryTakesOverThePackagesAndCoordinatesItNames() throws Exception {
        Path user = write("""
                source: https://wiki.example.com/wasm-verdicts
                asOf: 2026-12-01
                entries:
                  - id: our-okhttp-wrapper
                    name: OkHttp through our Spin bridge
                    category: http-client
                    coordinates: [com.squareup.okhttp3:okhttp]
                    packages: [okhttp3]
                    verdicts: {java: replaceable, others: replaceable}
                    reason: Our generator swaps OkHttp calls for Spin outbound HTTP.
                    replacement: Spin outbound HTTP
                    spinFeatures: [outbound-http]
                """);
        LibraryCatalog merged = CATALOG.withEntriesFrom(user);
        assertThat(id(merged.forType("okhttp3.OkHttpClient"))).isEqualTo("our-okhttp-wrapper");
        assertThat(id(merged.forCoordinates("com.squareup.okhttp3", "okhttp"))).isEqualTo("our-okhttp-wrapper");
        assertThat(id(merged.forCoordinates("com.squareup.okhttp", "okhttp"))).as("the rest of the old entry still works").isEqualTo("okhttp");
    }

    @Test
    void aUserEntryMayBePartOfABuiltInJar() throws Exception {
        Path user = write("""
                source: https://wiki.example.com/wasm-verdicts
                asOf: 2026-12-01
                entries:
                  - id: spring-uri-builder
                    name: Spring UriComponentsBuilder
                    category: web
                    artifact: org.springframework:spring-web
                    packages: [org.springframework.web.util]
                    verdicts: {others: unknown}
                    reason: Not checked yet.
                """);
        CatalogEntry entry = CATALOG.withEntriesFrom(user).forType("org.springframework.web.util.UriComponentsBuilder").orElseThrow();
        assertThat(entry.id()).isEqualTo("spring-uri-builder");
        assertThat(entry.library()).isEqualTo("org.springframework:spring-web");
    }

    private static String id(Optional<CatalogEntry> entry) {
        return entry.map(CatalogEntry::id).orElse("<none>");
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("my-catalog.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
