package io.wasmfit.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example user file in docs/catalog.md is a file wasmfit accepts. */
class CatalogDocumentationTest {

    @TempDir
    Path dir;

    @Test
    void theExampleUserFileInTheDocsLoadsAndOverridesTheBuiltInCatalog() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "catalog.md"));
        int marker = doc.indexOf("Example `wasmfit-catalog.yaml`");
        assertThat(marker).as("the example's heading in docs/catalog.md").isPositive();
        int start = doc.indexOf("```yaml\n", marker) + "```yaml\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));
        Path file = Files.writeString(dir.resolve("wasmfit-catalog.yaml"), example);

        LibraryCatalog catalog = LibraryCatalog.builtIn().withEntriesFrom(file);

        assertThat(catalog.forType("com.acme.pricing.PriceRules").orElseThrow().verdict(TargetLanguage.JAVA))
                .isEqualTo(LibraryVerdict.SUPPORTED);
        assertThat(catalog.forCoordinates("com.acme", "audit-client").orElseThrow().spinFeatures()).containsExactly("outbound-http");
        assertThat(catalog.forType("org.apache.commons.lang3.StringUtils").orElseThrow().verdict(TargetLanguage.JAVA))
                .isEqualTo(LibraryVerdict.SUPPORTED);
        assertThat(catalog.entries()).hasSize(LibraryCatalog.builtIn().entries().size() + 2);
    }
}
