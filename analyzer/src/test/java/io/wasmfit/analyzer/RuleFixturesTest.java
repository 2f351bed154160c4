package io.wasmfit.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.wasmfit.model.Report;
import io.wasmfit.rules.Rule;
import io.wasmfit.rules.RuleSet;
import io.wasmfit.rules.SpinPattern;

/**
 * Every built-in rule and Spin pattern has a fixture folder named by its id under
 * {@code src/test/resources/rules/}: {@code positive/} holds Java sources with {@code // expect:}
 * markers that name it ({@code rule=}, {@code signals=} or {@code patterns=}), {@code negative/}
 * near misses where it must not fire. Each folder is scanned with the built-in rules and must agree
 * with its markers both ways ({@link Expectations}). Adding a rule means adding its folder; no test
 * code changes.
 */
class RuleFixturesTest {

    static final Path FIXTURES = Path.of("src/test/resources/rules");

    static Stream<String> fixtures() {
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            List<String> out = new ArrayList<>();
            for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                out.add(d.getFileName() + "/positive");
                out.add(d.getFileName() + "/negative");
            }
            return out.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theScanAgreesWithTheFixtureMarkersBothWays(String fixture) {
        Path dir = FIXTURES.resolve(fixture);
        assertThat(dir).as("fixture folder").isDirectory();
        String id = dir.getParent().getFileName().toString();
        Report report = TestProjects.scan(dir.toAbsolutePath().toString(), null, RuleSet.builtIn());
        ExpectationMarkers markers = ExpectationMarkers.read(dir);
        assertThat(report.problems()).as("problems scanning %s", fixture).isEmpty();
        assertThat(Expectations.check(report, markers)).as("markers of %s", fixture).isEmpty();
        boolean named = markers.markers().stream().anyMatch(m -> id.equals(m.expected().get("rule"))
                || Expectations.set(m.expected().get("signals")).contains(id)
                || Expectations.set(m.expected().get("patterns")).contains(id));
        if (fixture.endsWith("/positive")) {
            assertThat(named).as("a marker in %s names %s", fixture, id).isTrue();
        } else {
            assertThat(named).as("no marker in %s names %s", fixture, id).isFalse();
            assertThat(javaFiles(dir)).as("%s has near misses", fixture).isNotEmpty();
            // a signal or a pattern is absent from a candidate that exists, not from an empty scan
            RuleSet builtIn = RuleSet.builtIn();
            String key = builtIn.allPatterns().stream().anyMatch(p -> p.id().equals(id)) ? "patterns"
                    : builtIn.all().stream().anyMatch(r -> r.id().equals(id) && !r.isEntryPoint()) ? "signals" : null;
            if (key != null) {
                assertThat(markers.markers()).as("%s has a candidate whose %s are checked", fixture, key)
                        .anyMatch(m -> m.expected().containsKey(key));
            }
        }
    }

    @Test
    void everyBuiltInRuleAndPatternHasAPositiveAndANegativeFixture() {
        RuleSet rules = RuleSet.builtIn();
        List<String> ids = new ArrayList<>(rules.all().stream().map(Rule::id).toList());
        ids.addAll(rules.allPatterns().stream().map(SpinPattern::id).toList());
        assertThat(ids).hasSizeGreaterThan(60).allSatisfy(id -> {
            assertThat(javaFiles(FIXTURES.resolve(id).resolve("positive"))).as("positive fixture of %s", id).isNotEmpty();
            assertThat(javaFiles(FIXTURES.resolve(id).resolve("negative"))).as("negative fixture of %s", id).isNotEmpty();
        });
    }

    @Test
    void everyFixtureFolderBelongsToARuleOrPattern() throws IOException {
        RuleSet rules = RuleSet.builtIn();
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            assertThat(dirs.map(d -> d.getFileName().toString()).toList()).allSatisfy(name -> assertThat(
                    rules.all().stream().anyMatch(r -> r.id().equals(name))
                            || rules.allPatterns().stream().anyMatch(p -> p.id().equals(name)))
                    .as("%s is a built-in rule or pattern id", name).isTrue());
        }
    }

    private static List<Path> javaFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
