package io.wasmfit.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wasmfit.generator.build.BuildListener;
import io.wasmfit.generator.build.BuildResult;
import io.wasmfit.generator.build.SatelliteBuilder;
import io.wasmfit.generator.compare.CaseOutcome;
import io.wasmfit.generator.compare.CompareRunner;
import io.wasmfit.generator.compare.Comparison;
import io.wasmfit.matrix.LanguageMatrix;
import io.wasmfit.sandbox.SandboxLimits;
import io.wasmfit.sandbox.SandboxOptions;

/**
 * generate → build (real TeaVM) → compare (real javac on the JVM, real sandbox) on the bundled
 * example. The default run takes the price quote; {@code -Dwasmfit.e2e=all} (profile e2e-all)
 * takes every strong HTTP candidate, about 20 s each.
 */
class EndToEndTest {

    /**
     * A classlib difference compare found: TeaVM 0.13.1 formats Integer.MIN_VALUE with %d as
     * "--2147483648". It is the original's message for qty=-2147483648; reported, not hidden.
     */
    private static final String TEAVM_MIN_INT = "--2147483648";

    @TempDir
    Path tmp;

    @Test
    void satellitesAnswerLikeTheOriginalOnAtLeastTwentyInputsEach() throws Exception {
        String which = System.getProperty("wasmfit.e2e", "");
        List<String> ids = which.isEmpty() ? List.of(ShopExample.QUOTE)
                : ShopExample.STRONG_HTTP.stream().filter(id -> which.equals("all") || id.contains(which)).toList();
        SatelliteGenerator generator = new SatelliteGenerator(LanguageSupport.of(LanguageMatrix.builtIn()));
        CompareRunner compare = new CompareRunner(SandboxOptions.defaults(), SandboxLimits.defaults());
        for (String id : ids) {
            Path out = tmp.resolve(SatelliteGenerator.componentId(ShopExample.report().candidate(id).orElseThrow()));
            Satellite satellite = generator.generate(ShopExample.report(), id, null, out, false);
            assertThat(satellite.compileProblems()).as(id).isEmpty();

            BuildResult build = SatelliteBuilder.build(out, BuildListener.NONE);
            assertThat(build.problems()).as(id).isEmpty();
            assertThat(Files.size(build.wasm())).isPositive();

            Comparison c = compare.compare(out, null, 40);
            System.out.printf("%s: %d/%d equal; wasm %,d B (jar %,d B), build %d ms; JVM cold start %.1f ms; "
                            + "Wasm first %.1f ms, warm instantiate+call %.2f ms%n", id, c.equalCount(), c.cases().size(),
                    build.wasmBytes(), c.jarBytes(), build.javacMs() + build.teavmMs(), c.jvmColdStartMs(), c.wasmFirstMs(),
                    c.wasmWarmMedianMs());
            assertThat(c.equalCount()).as(id).isGreaterThanOrEqualTo(20);
            assertThat(c.cases()).as(id).anyMatch(o -> o.request().origin() == io.wasmfit.generator.compare.RequestCase.Origin.TESTS);
            for (CaseOutcome o : c.cases()) {
                if (!o.equal()) {
                    assertThat(o.wasm()).as(id + " " + o.request().name() + ": " + o.difference()).contains(TEAVM_MIN_INT);
                }
            }
        }
    }

    /**
     * Possible candidates whose collaborators cannot move (a JPA repository, a class over
     * StringRedisTemplate, a class over java.net.http): the satellite builds, and the original,
     * wired with the same stubs on the JVM, and the .wasm both answer 501 with the stub's message.
     */
    @Test
    void possibleCandidatesBuildAndAnswer501WithTheSameMessageOnTheJvmAndInWasm() throws Exception {
        Map<String, String> firstCall = new LinkedHashMap<>();
        firstCall.put(ShopExample.PRODUCT_GET, "ProductRepository.findById cannot run in this satellite: ProductRepository"
                + " extends JpaRepository (Spring Data JPA), and a Java satellite is a WASI command module");
        firstCall.put(ShopExample.STOCK, "StockLevelCache.get cannot run in this satellite: StockLevelCache uses"
                + " StringRedisTemplate (Spring Data Redis), and a Java satellite is a WASI command module");
        firstCall.put(ShopExample.ORDER_TOTAL, "OrderRepository.findById cannot run in this satellite: OrderRepository"
                + " extends JpaRepository (Spring Data JPA), and a Java satellite is a WASI command module");
        SatelliteGenerator generator = new SatelliteGenerator(LanguageSupport.of(LanguageMatrix.builtIn()));
        CompareRunner compare = new CompareRunner(SandboxOptions.defaults(), SandboxLimits.defaults());
        for (Map.Entry<String, String> e : firstCall.entrySet()) {
            String id = e.getKey();
            Path out = tmp.resolve(SatelliteGenerator.componentId(ShopExample.report().candidate(id).orElseThrow()));
            Satellite satellite = generator.generate(ShopExample.report(), id, null, out, false);
            assertThat(satellite.compileProblems()).as(id).isEmpty();

            BuildResult build = SatelliteBuilder.build(out, BuildListener.NONE);
            assertThat(build.problems()).as(id).isEmpty();
            Comparison c = compare.compare(out, null, 40);
            System.out.printf("%s: %d/%d equal; wasm %,d B, build %d ms (javac %d, TeaVM %d)%n", id, c.equalCount(),
                    c.cases().size(), build.wasmBytes(), build.javacMs() + build.teavmMs(), build.javacMs(), build.teavmMs());

            assertThat(c.cases()).as(id).allSatisfy(o -> assertThat(o.equal()).as(o.request().name() + ": " + o.difference()).isTrue());
            List<CaseOutcome> notImplemented = c.cases().stream().filter(o -> o.jvm().startsWith("Status: 501\n")).toList();
            assertThat(notImplemented).as(id).isNotEmpty();
            for (CaseOutcome o : notImplemented) {
                assertThat(o.wasm()).isEqualTo(o.jvm());
                assertThat(o.jvm()).startsWith("Status: 501\nContent-Type: text/plain; charset=utf-8\n\n" + e.getValue())
                        .contains("Port the satellite to a language with a Spin SDK (rust, typescript, python or go;")
                        .contains("move this call behind an HTTP service")
                        .doesNotContain("\tat ").doesNotContain("Internal Server Error");
            }
        }
    }

    @Test
    void compareReportsADifferenceWhenTheSatelliteAnswersOtherwise() throws Exception {
        // TeaVM 0.13.1 upper-cases 'ß' as 'ß', the JDK as "SS": the VAT check normalises its input with toUpperCase
        String vat = "com.example.shop.customers.validation.CustomerValidationController#checkVatId(String)";
        SatelliteGenerator generator = new SatelliteGenerator(LanguageSupport.of(LanguageMatrix.builtIn()));
        Path out = tmp.resolve("vat");
        generator.generate(ShopExample.report(), vat, null, out, false);
        assertThat(SatelliteBuilder.build(out, BuildListener.NONE).ok()).isTrue();
        Path inputs = tmp.resolve("inputs.json");
        Files.writeString(inputs, "[{\"name\": \"sharp s\", \"params\": {\"id\": \"deß12345678\"}},"
                + " {\"name\": \"plain\", \"params\": {\"id\": \"DE136695976\"}}]");
        Comparison c = new CompareRunner(SandboxOptions.defaults(), SandboxLimits.defaults()).compare(out, inputs, 0);
        assertThat(c.cases()).extracting(o -> o.request().name()).startsWith("sharp s", "plain");
        assertThat(c.cases().get(0).equal()).isFalse();
        assertThat(c.cases().get(0).difference()).contains("JVM «").contains("Wasm «");
        assertThat(c.cases().get(1).equal()).isTrue();
        assertThat(c.allEqual()).isFalse();
    }
}
