package io.wasmfit.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wasmfit.model.Candidate;
import io.wasmfit.model.Evidence;
import io.wasmfit.model.Report;
import io.wasmfit.rules.RuleLoader;
import io.wasmfit.rules.RuleSet;

/** A scan with the example Konveyor ruleset (examples/rules/konveyor) finds what its conditions describe. */
class KonveyorScanTest {

    @TempDir
    Path dir;

    static Path ruleset() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("examples/rules/konveyor/wasm-readiness");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/rules/konveyor/wasm-readiness not found");
    }

    @Test
    void konveyorConditionsFindTheirCodeAndShowTheirEffort() {
        TestProjects p = TestProjects.in(dir)
                .file("src/main/resources/application.properties", "spring.jpa.hibernate.ddl-auto=update\n")
                .file("pom.xml", """
                        <project><dependencies>
                          <dependency><groupId>org.quartz-scheduler</groupId><artifactId>quartz</artifactId><version>2.3.2</version></dependency>
                        </dependencies></project>""")
                .java("""
                        package acme;

                        import javax.persistence.EntityManager;
                        import javax.xml.bind.JAXBContext;
                        import java.security.MessageDigest;
                        import org.springframework.web.bind.annotation.GetMapping;
                        import org.springframework.web.bind.annotation.RestController;

                        @RestController
                        public class Legacy {

                            @GetMapping("/digest")
                            public String digest() throws Exception {
                                new Thread(() -> { }).start();
                                MessageDigest md = MessageDigest.getInstance("MD5");
                                return md.getAlgorithm();
                            }

                            @GetMapping("/modern")
                            public String modern() throws Exception {
                                return MessageDigest.getInstance("SHA-256").getAlgorithm();
                            }
                        }
                        """);
        RuleLoader.Result konveyor = RuleLoader.loadFolder(ruleset());
        Report report = p.scan(RuleSet.builtIn().with(konveyor.packs()));
        Candidate digest = candidate(report, "Legacy.digest");
        List<String> ids = digest.evidence().stream().map(Evidence::ruleId).toList();
        assertThat(ids).contains("wasm-threads-00010", "wasm-md5-00040", "wasm-jaxb-00020", "wasm-ddl-00080",
                "wasm-quartz-00090", "wasm-javax-persistence-00100");
        Evidence threads = evidence(digest, "wasm-threads-00010");
        assertThat(threads.points()).isEqualTo(-25);
        assertThat(threads.criterion().key()).isEqualTo("shortRunning");
        assertThat(threads.message()).contains("(Konveyor mandatory, effort 5)");
        assertThat(threads.line()).isEqualTo(14);
        assertThat(evidence(digest, "wasm-md5-00040").line()).isEqualTo(15);
        assertThat(evidence(digest, "wasm-ddl-00080").file()).isEqualTo("src/main/resources/application.properties");
        Candidate modern = candidate(report, "Legacy.modern");
        assertThat(modern.evidence()).extracting(Evidence::ruleId).doesNotContain("wasm-md5-00040", "wasm-threads-00010")
                .contains("wasm-jaxb-00020");
    }

    private static Candidate candidate(Report report, String name) {
        return report.candidates().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static Evidence evidence(Candidate c, String ruleId) {
        return c.evidence().stream().filter(e -> e.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }
}
