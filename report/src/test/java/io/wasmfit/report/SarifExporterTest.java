package io.wasmfit.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wasmfit.model.Blocker;
import io.wasmfit.model.Candidate;
import io.wasmfit.model.Location;
import io.wasmfit.model.Report;
import io.wasmfit.model.Summary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SarifExporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SchemaValidator sarifSchema;

    @BeforeAll
    static void loadSchema() throws IOException {
        sarifSchema = SchemaValidator.fromResource("/sarif/sarif-schema-2.1.0.json");
    }

    @Test
    void theLogIsValidSarif210() throws IOException {
        assertThat(sarifSchema.errors(export(SampleReports.shop()))).isEmpty();
        assertThat(sarifSchema.errors(export(SampleReports.hostile()))).isEmpty();
        assertThat(sarifSchema.errors(export(SampleReports.synthetic(200, 7)))).isEmpty();
        assertThat(sarifSchema.errors(export(ExampleReport.load()))).isEmpty();
    }

    @Test
    void theSchemaCheckWouldCatchABrokenLog() throws IOException {
        String valid = export(SampleReports.shop());
        assertThat(sarifSchema.errors(valid.replaceFirst("\"level\" : \"warning\"", "\"level\" : \"severe\""))).isNotEmpty();
        assertThat(sarifSchema.errors(valid.replaceFirst("\"startLine\" : \\d+", "\"startLine\" : 0"))).isNotEmpty();
        assertThat(sarifSchema.errors(valid.replaceFirst("\"uri\" : \"src/", "\"uri\" : \"src /"))).isNotEmpty();
    }

    @Test
    void oneResultPerCandidateAndPerBlockerWithLevelRegionAndRule() throws IOException {
        Report report = SampleReports.shop();
        JsonNode run = JSON.readTree(export(report)).get("runs").get(0);
        JsonNode rules = run.at("/tool/driver/rules");
        JsonNode results = run.get("results");

        int blockers = report.candidates().stream().mapToInt(c -> c.blockers().size()).sum();
        assertThat(results).hasSize(report.candidates().size() + blockers);
        int r = 0;
        for (Candidate c : report.candidates()) {
            JsonNode result = results.get(r++);
            assertThat(result.get("ruleId").asText()).isEqualTo("candidate/" + c.verdict().key());
            assertThat(result.get("level").asText()).isEqualTo(switch (c.verdict()) {
                case STRONG -> "warning";
                case POSSIBLE -> "note";
                case POOR -> "none";
            });
            assertThat(result.get("rank").asDouble()).isEqualTo(c.scores().overall());
            assertThat(result.at("/message/text").asText()).contains(c.name(), "overall " + c.scores().overall());
            JsonNode physical = result.at("/locations/0/physicalLocation");
            assertThat(physical.at("/artifactLocation/uri").asText()).isEqualTo(c.location().file());
            assertThat(physical.at("/artifactLocation/uriBaseId").asText()).isEqualTo("SRCROOT");
            assertThat(physical.at("/region/startLine").asInt()).isEqualTo(c.location().line());
            assertThat(result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo(c.id());
            assertRuleAt(rules, result);
            for (Blocker b : c.blockers()) {
                JsonNode blocker = results.get(r++);
                assertThat(blocker.get("ruleId").asText()).isEqualTo(b.ruleId());
                assertThat(blocker.get("level").asText()).isEqualTo("warning");
                assertThat(blocker.at("/message/text").asText()).contains(b.message(), c.name());
                assertThat(blocker.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo(b.file());
                assertThat(blocker.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(b.line());
                assertRuleAt(rules, blocker);
            }
        }
        assertThat(run.at("/originalUriBaseIds/SRCROOT/uri").asText()).isEqualTo("file:///home/dev/shop/");
        assertThat(run.at("/invocations/0/toolExecutionNotifications")).hasSize(report.problems().size());
    }

    @Test
    void fingerprintsAreUniqueAndSurviveMovedLinesAndAnotherScan() throws IOException {
        Report report = SampleReports.shop();
        Report later = moved(report);

        Map<String, String> before = fingerprints(export(report));
        Map<String, String> after = fingerprints(export(later));
        assertThat(before).hasSize(report.candidates().size()
                + report.candidates().stream().mapToInt(c -> c.blockers().size()).sum());
        assertThat(new HashSet<>(before.values())).hasSameSizeAs(before.values());
        assertThat(after).isEqualTo(before);
        assertThat(fingerprints(export(SampleReports.synthetic(300, 1))).values()).doesNotHaveDuplicates();
    }

    @Test
    void hostileFileNamesBecomeValidUriReferences() {
        assertThat(SarifRules.uriReference("src/a b/<x>.java")).isEqualTo("src/a%20b/%3Cx%3E.java");
        assertThat(SarifRules.uriReference("src/Ünï.java")).isEqualTo("src/%C3%9Cn%C3%AF.java");
        assertThat(SarifRules.uriReference("c:odd.java")).isEqualTo("./c:odd.java");
        assertThat(SarifRules.uriReference("a#b?c.java")).isEqualTo("a%23b%3Fc.java");
    }

    /** The rule a result names exists at its ruleIndex and has help text. */
    private static void assertRuleAt(JsonNode rules, JsonNode result) {
        JsonNode rule = rules.get(result.get("ruleIndex").asInt());
        assertThat(rule.get("id").asText()).isEqualTo(result.get("ruleId").asText());
        assertThat(rule.at("/help/text").asText()).isNotBlank();
        assertThat(rule.at("/shortDescription/text").asText()).isNotBlank();
    }

    /** The same code scanned again after lines moved: other line numbers, another duration. */
    private static Report moved(Report report) {
        List<Candidate> shifted = new ArrayList<>();
        for (Candidate c : report.candidates()) {
            shifted.add(new Candidate(c.id(), c.name(), c.kind(), c.trigger(),
                    new Location(c.location().file(), c.location().line() + 12), c.scores(), c.verdict(),
                    c.blockers().stream().map(b -> new Blocker(b.ruleId(), b.message(), b.file(), b.line() + 12)).toList(),
                    c.evidence(), c.dependencies(), c.closure(), c.patterns()));
        }
        Summary s = report.summary();
        return new Report(report.schemaVersion(), report.tool(), report.source(),
                new Summary(s.files(), s.parsedFiles(), s.failedFiles(), s.candidates(), s.durationMs() + 999), shifted,
                report.problems());
    }

    /** Result → fingerprint, keyed by rule and message (which name the candidate). */
    private static Map<String, String> fingerprints(String sarif) throws IOException {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (JsonNode result : JSON.readTree(sarif).at("/runs/0/results")) {
            JsonNode fp = result.get("partialFingerprints");
            Set<String> keys = new HashSet<>();
            fp.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).hasSize(1).containsAnyOf(SarifExporter.CANDIDATE_FINGERPRINT, SarifExporter.BLOCKER_FINGERPRINT);
            out.put(result.get("ruleId").asText() + " " + result.at("/message/text").asText(), fp.elements().next().asText());
        }
        return out;
    }

    private static String export(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporters.forFormat("sarif").orElseThrow().write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
