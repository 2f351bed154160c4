package io.wasmfit.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.wasmfit.model.Candidate;
import io.wasmfit.model.Evidence;
import io.wasmfit.model.Report;
import io.wasmfit.model.ReportJson;
import io.wasmfit.model.Verdict;
import io.wasmfit.rules.RuleSet;

/**
 * The bundled example is the main fixture: every entry point in it carries an
 * {@code // expect:} marker, and the scan must agree with each marker, both ways.
 */
class ExampleShopTest {

    static Path shop;
    static Report report;
    static ExpectationMarkers markers;

    @BeforeAll
    static void scan() {
        shop = TestProjects.exampleShop();
        report = TestProjects.scan(shop.toString(), null, RuleSet.builtIn());
        markers = ExpectationMarkers.read(shop);
    }

    private static Map<String, Candidate> byPlace() {
        Map<String, Candidate> out = new HashMap<>();
        report.candidates().forEach(c -> out.put(c.location().file() + ":" + c.location().line(), c));
        return out;
    }

    @Test
    void everyMarkedEntryPointIsFoundWithItsTriggerAndDetail() {
        Map<String, Candidate> found = byPlace();
        List<String> failures = new ArrayList<>();
        for (ExpectationMarkers.Marker m : markers.markers()) {
            Candidate c = found.get(m.file() + ":" + m.methodLine());
            if (c == null) {
                failures.add("no candidate at " + m.file() + ":" + m.methodLine() + " " + m.expected());
                continue;
            }
            m.expected().forEach((key, value) -> {
                String actual = switch (key) {
                    case "trigger" -> c.trigger().type();
                    case "verdict" -> null;
                    default -> c.trigger().detail(key);
                };
                if (actual != null && !actual.equals(value) || actual == null && !key.equals("verdict")) {
                    failures.add(c.name() + ": " + key + " expected '" + value + "' but was '" + actual + "'");
                }
            });
        }
        assertThat(failures).isEmpty();
        assertThat(markers.markers()).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void nothingIsACandidateWithoutAMarker() {
        List<String> marked = markers.markers().stream().map(m -> m.file() + ":" + m.methodLine()).toList();
        assertThat(report.candidates())
                .allSatisfy(c -> assertThat(marked).as("marker for %s", c.id())
                        .contains(c.location().file() + ":" + c.location().line()));
    }

    @Test
    void verdictsFollowTheExpectedOrderPureLogicThenCrudThenBatch() {
        Map<String, Candidate> found = byPlace();
        Map<String, List<Integer>> scoresByExpected = new HashMap<>();
        for (ExpectationMarkers.Marker m : markers.markers()) {
            Candidate c = found.get(m.file() + ":" + m.methodLine());
            scoresByExpected.computeIfAbsent(m.expected().get("verdict"), k -> new ArrayList<>()).add(c.scores().overall());
        }
        int weakestStrong = scoresByExpected.get("strong").stream().mapToInt(i -> i).min().orElseThrow();
        int bestPossible = scoresByExpected.get("possible").stream().mapToInt(i -> i).max().orElseThrow();
        int weakestPossible = scoresByExpected.get("possible").stream().mapToInt(i -> i).min().orElseThrow();
        int bestPoor = scoresByExpected.get("poor").stream().mapToInt(i -> i).max().orElseThrow();
        assertThat(weakestStrong).as("pure logic beats CRUD").isGreaterThan(bestPossible);
        assertThat(weakestPossible).as("CRUD beats batch").isGreaterThan(bestPoor);
    }

    @Test
    void everyMarkedVerdictIsTheReportedVerdict() {
        Map<String, Candidate> found = byPlace();
        List<String> failures = new ArrayList<>();
        for (ExpectationMarkers.Marker m : markers.markers()) {
            Candidate c = found.get(m.file() + ":" + m.methodLine());
            String expected = m.expected().get("verdict");
            if (c != null && expected != null && c.verdict() != Verdict.fromKey(expected)) {
                failures.add(c.name() + " " + c.scores() + ": expected " + expected + " but was " + c.verdict().key());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void evidencePointsAtTheRealSourceLines() {
        List<Evidence> all = report.candidates().stream().flatMap(c -> c.evidence().stream()).toList();
        assertThat(all).filteredOn(e -> e.ruleId().equals("thread-sleep")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.code()).contains("sleep("));
        assertThat(all).filteredOn(e -> e.ruleId().equals("unbounded-loop")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.code()).containsPattern("while \\(true\\)|for \\(;;\\)"));
        assertThat(all).filteredOn(e -> e.ruleId().startsWith("spring-") && e.criterion().key().equals("eventDriven"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.code()).startsWith("@"));
        assertThat(report.candidates()).allSatisfy(c -> assertThat(c.evidence()).allSatisfy(e -> assertThat(e.line())
                .as("%s %s", c.name(), e.ruleId()).isPositive()));
    }

    @Test
    void blockersNameJniAndThreads() {
        Candidate label = report.candidates().stream().filter(c -> c.name().equals("ShippingLabelController.printLabel"))
                .findFirst().orElseThrow();
        assertThat(label.blockers()).extracting(b -> b.ruleId()).contains("jni-native-method", "jni-load-library");
        assertThat(label.scores().overall()).isLessThanOrEqualTo(39);
        Candidate export = report.candidates().stream().filter(c -> c.name().equals("OrderExportController.startExport"))
                .findFirst().orElseThrow();
        assertThat(export.blockers()).extracting(b -> b.ruleId()).contains("thread-creation");
    }

    @Test
    void theSameInputGivesByteIdenticalJsonApartFromTheDuration() {
        Report again = TestProjects.scan(shop.toString(), null, RuleSet.builtIn());
        String first = ReportJson.toJson(report).replaceAll("\"durationMs\" : \\d+", "");
        String second = ReportJson.toJson(again).replaceAll("\"durationMs\" : \\d+", "");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void reportSurvivesAJsonRoundTrip() throws Exception {
        assertThat(ReportJson.fromJson(ReportJson.toJson(report))).isEqualTo(report);
    }
}
