package io.wasmfit.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wasmfit.model.Blocker;
import io.wasmfit.model.Candidate;
import io.wasmfit.model.Problem;
import io.wasmfit.model.Report;
import io.wasmfit.model.Verdict;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code wasmfit-report.sarif}: SARIF 2.1.0 for code-scanning tools. One result per candidate, whose
 * rule and level follow its verdict (strong → warning, possible → note, poor → none) and whose
 * {@code rank} is its overall score, and one result per blocker at the blocking line (warning).
 * {@code partialFingerprints} hash the candidate id (plus rule, file and message for a blocker), never
 * a line number, so a result keeps its identity when code moves.
 */
final class SarifExporter implements Exporter {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String SRCROOT = "SRCROOT";
    static final String CANDIDATE_FINGERPRINT = "wasmfitCandidate/v1";
    static final String BLOCKER_FINGERPRINT = "wasmfitBlocker/v1";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public String description() {
        return "SARIF 2.1.0: candidates and blockers as results for code-scanning tools";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        ObjectNode log = MAPPER.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "wasmfit");
        driver.put("version", report.tool().version());
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) {
            ruleIndex.put(candidateRule(v), rules.size());
            rules.add(SarifRules.candidateRule(MAPPER, candidateRule(v), v, level(v)));
        }
        for (Candidate c : report.candidates()) {
            for (Blocker b : c.blockers()) {
                if (!ruleIndex.containsKey(b.ruleId())) {
                    ruleIndex.put(b.ruleId(), rules.size());
                    rules.add(SarifRules.blockerRule(MAPPER, b));
                }
            }
        }
        root(report).ifPresent(uri -> run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", uri));
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        if (!report.problems().isEmpty()) {
            ArrayNode notes = invocation.putArray("toolExecutionNotifications");
            for (Problem p : report.problems()) {
                ObjectNode note = notes.addObject();
                note.put("level", "warning");
                note.putObject("message").put("text", "not analysed: " + p.message());
                note.putArray("locations").add(location(p.file(), p.line()));
            }
        }
        ArrayNode results = run.putArray("results");
        Map<String, Integer> seen = new HashMap<>();
        for (Candidate c : report.candidates()) {
            results.add(candidateResult(c, ruleIndex.get(candidateRule(c.verdict()))));
            for (Blocker b : c.blockers()) {
                String key = c.id() + "\n" + b.ruleId() + "\n" + b.file() + "\n" + b.message();
                int occurrence = seen.merge(key, 1, Integer::sum);
                results.add(blockerResult(c, b, ruleIndex.get(b.ruleId()),
                        SarifRules.sha256(occurrence == 1 ? key : key + "\n" + occurrence)));
            }
        }
        out.write(WRITER.writeValueAsString(log).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }

    private ObjectNode candidateResult(Candidate c, int ruleIndex) {
        ObjectNode r = MAPPER.createObjectNode();
        r.put("ruleId", candidateRule(c.verdict()));
        r.put("ruleIndex", ruleIndex);
        r.put("level", level(c.verdict()));
        r.put("rank", (double) c.scores().overall());
        var s = c.scores();
        r.putObject("message").put("text", c.name() + " (" + ReportText.describe(c.trigger()) + ") is a "
                + c.verdict().key() + " WebAssembly satellite candidate: overall " + s.overall() + " (event-driven "
                + s.eventDriven() + ", short-running " + s.shortRunning() + ", dependencies supported "
                + s.dependencySupported() + ")" + (c.blockers().isEmpty() ? "." : ", " + c.blockers().size()
                + (c.blockers().size() == 1 ? " blocker." : " blockers.")));
        ObjectNode location = location(c.location().file(), c.location().line());
        location.putArray("logicalLocations").addObject()
                .put("fullyQualifiedName", c.id()).put("kind", "function");
        r.putArray("locations").add(location);
        r.putObject("partialFingerprints").put(CANDIDATE_FINGERPRINT, SarifRules.sha256(c.id()));
        ObjectNode props = r.putObject("properties");
        props.put("candidateId", c.id());
        props.put("verdict", c.verdict().key());
        props.put("trigger", c.trigger().type());
        props.put("overall", s.overall());
        props.put("eventDriven", s.eventDriven());
        props.put("shortRunning", s.shortRunning());
        props.put("dependencySupported", s.dependencySupported());
        return r;
    }

    private ObjectNode blockerResult(Candidate c, Blocker b, int ruleIndex, String fingerprint) {
        ObjectNode r = MAPPER.createObjectNode();
        r.put("ruleId", b.ruleId());
        r.put("ruleIndex", ruleIndex);
        r.put("level", "warning");
        r.putObject("message").put("text", b.message() + " (blocks " + c.name() + " from running as WebAssembly)");
        r.putArray("locations").add(location(b.file(), b.line()));
        ObjectNode entry = location(c.location().file(), c.location().line());
        entry.put("id", 1);
        entry.putObject("message").put("text", "entry point " + c.name());
        r.putArray("relatedLocations").add(entry);
        r.putObject("partialFingerprints").put(BLOCKER_FINGERPRINT, fingerprint);
        r.putObject("properties").put("candidateId", c.id());
        return r;
    }

    private ObjectNode location(String file, int line) {
        ObjectNode location = MAPPER.createObjectNode();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", SarifRules.uriReference(file)).put("uriBaseId", SRCROOT);
        if (line >= 1) {
            physical.putObject("region").put("startLine", line);
        }
        return location;
    }

    private static java.util.Optional<String> root(Report report) {
        return SarifRules.directoryUri(report.source().root());
    }

    static String candidateRule(Verdict v) {
        return "candidate/" + v.key();
    }

    static String level(Verdict v) {
        return switch (v) {
            case STRONG -> "warning";
            case POSSIBLE -> "note";
            case POOR -> "none";
        };
    }

    @Override
    public List<String> signatures() {
        return List.of("\"$schema\" : \"" + SCHEMA + "\"", "\"name\" : \"wasmfit\"");
    }
}
