package io.wasmfit.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wasmfit.generator.spin.SpinManifestKeys;
import io.wasmfit.matrix.LanguageMatrix;
import io.wasmfit.matrix.TargetLanguage;

class LanguageStubTest {

    /** The files each SDK's template ('spin new') has, beside spin.toml. */
    private static final Map<TargetLanguage, List<String>> SDK_FILES = Map.of(
            TargetLanguage.RUST, List.of("Cargo.toml", "src/lib.rs"),
            TargetLanguage.TYPESCRIPT, List.of("package.json", "tsconfig.json", "build.mjs", "src/index.ts"),
            TargetLanguage.PYTHON, List.of("app.py", "requirements.txt"),
            TargetLanguage.GO, List.of("go.mod", "main.go"));

    @TempDir
    Path tmp;

    private final SatelliteGenerator generator = new SatelliteGenerator(LanguageSupport.of(LanguageMatrix.builtIn()));

    @Test
    void eachLanguageStubHasTheFilesItsSdkExpectsAndAValidManifest() throws Exception {
        for (Map.Entry<TargetLanguage, List<String>> sdk : SDK_FILES.entrySet()) {
            Path out = tmp.resolve(sdk.getKey().key());
            generator.generate(ShopExample.report(), ShopExample.QUOTE, sdk.getKey(), out, false);
            for (String f : sdk.getValue()) {
                assertThat(out.resolve(f)).as(sdk.getKey() + " " + f).isRegularFile();
            }
            String toml = Files.readString(out.resolve("spin.toml"));
            assertThat(SpinManifestKeys.unknownKeys(toml)).isEmpty();
            assertThat(toml).contains("route = \"/api/pricing/quote\"").doesNotContain("wagi");
            String handler = Files.readString(out.resolve(sdk.getValue().get(sdk.getValue().size() - 1).equals("requirements.txt")
                    ? "app.py" : sdk.getValue().get(sdk.getValue().size() - 1)));
            assertThat(handler).as(sdk.getKey().key()).contains("PriceTable").contains("sku").contains("TODO(wasmfit)");
        }
    }

    @Test
    void aCronCandidateGetsARustStubWithTheCronTrigger() throws Exception {
        String cron = "com.example.shop.orders.order.OrderCleanupJob#purgeUnpaidOrders()";
        Satellite s = generator.generate(ShopExample.report(), cron, null, tmp.resolve("cron"), false);
        assertThat(s.manifest().language()).isEqualTo("rust");
        String toml = Files.readString(tmp.resolve("cron/spin.toml"));
        assertThat(toml).contains("[[trigger.cron]]").contains("cron_expression = \"0 0 3 * * *\"");
        assertThat(SpinManifestKeys.unknownKeys(toml)).isEmpty();
        assertThat(Files.readString(tmp.resolve("cron/src/lib.rs"))).contains("#[cron_component]");
    }

    @Test
    void aLanguageTheMatrixDoesNotAllowForTheTriggerIsRefusedWithTheReason() {
        String cron = "com.example.shop.orders.order.OrderCleanupJob#purgeUnpaidOrders()";
        LanguageMatrix matrix = LanguageMatrix.builtIn();
        List<TargetLanguage> refused = List.of(TargetLanguage.values()).stream()
                .filter(l -> l != TargetLanguage.JAVA && !matrix.supports(l, "cron-trigger")).toList();
        assertThat(refused).isNotEmpty();
        for (TargetLanguage l : refused) {
            assertThatThrownBy(() -> generator.generate(ShopExample.report(), cron, l, tmp.resolve("r" + l.key()), false))
                    .hasMessageContaining(l.key() + " cannot serve the cron trigger").hasMessageContaining("language matrix");
        }
    }
}
