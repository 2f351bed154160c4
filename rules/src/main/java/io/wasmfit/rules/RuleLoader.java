package io.wasmfit.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a rule pack from YAML. Every problem becomes a {@link RuleError} with file, line and
 * column; the rules that are valid are still returned, so one typo never loses a whole pack.
 * The format is documented in docs/rules.md.
 */
public final class RuleLoader {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    private static final Set<String> PACK_KEYS = Set.of("pack", "title", "link", "scoring", "disable", "rules", "patterns");
    private static final Set<String> PATTERN_KEYS = Set.of("id", "title", "advice", "link", "when");
    private static final Set<String> CONDITION_KEYS = Set.of("kind", "entry", "closure", "repository", "evidence");
    private static final Set<String> RULE_KEYS = Set.of("id", "title", "criterion", "points", "blocker", "message",
            "link", "match", "trigger");
    private static final Set<String> TRIGGER_KINDS = Set.of("http", "message", "schedule", "function", "event");

    /**
     * The packs read, the errors found (a rule with an error is left out), and the warnings: what
     * was read but is not evaluated, such as an unsupported Konveyor condition.
     */
    public record Result(List<RulePack> packs, List<RuleError> errors, List<RuleError> warnings) {
        public Result {
            packs = List.copyOf(packs);
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        public Result(List<RulePack> packs, List<RuleError> errors) {
            this(packs, errors, packs.stream().flatMap(p -> p.warnings().stream()).toList());
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private RuleLoader() {
    }

    public static Result load(Path file) {
        try {
            return load(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            return new Result(List.of(), List.of(new RuleError(file.toString(), 0, 0, "cannot read: " + e.getMessage())));
        }
    }

    /**
     * Every {@code *.yaml} / {@code *.yml} file of a folder (not recursive), in name order. A folder
     * with a Konveyor {@code ruleset.yaml} is read as a Konveyor ruleset instead, and so is each
     * sub-folder that has one.
     */
    public static Result loadFolder(Path folder) {
        List<RulePack> packs = new ArrayList<>();
        List<RuleError> errors = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new Result(packs, List.of(new RuleError(folder.toString(), 0, 0, "not a folder of rule packs")));
        }
        if (KonveyorRuleset.isRuleset(folder)) {
            return KonveyorRuleset.load(folder);
        }
        try (var entries = Files.list(folder)) {
            for (Path f : entries.sorted().toList()) {
                Result r = isYaml(f) ? load(f) : KonveyorRuleset.isRuleset(f) ? KonveyorRuleset.load(f) : null;
                if (r != null) {
                    packs.addAll(r.packs());
                    errors.addAll(r.errors());
                }
            }
        } catch (IOException e) {
            errors.add(new RuleError(folder.toString(), 0, 0, "cannot list: " + e.getMessage()));
        }
        return new Result(packs, errors);
    }

    static boolean isYaml(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    public static Result load(String yaml, String fileName) {
        List<RuleError> errors = new ArrayList<>();
        Optional<Node> root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(fileName).build()).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            errors.add(new RuleError(fileName, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                    "not valid YAML: " + e.getProblem()));
            return new Result(List.of(), errors);
        } catch (YamlEngineException e) {
            errors.add(new RuleError(fileName, 0, 0, "not valid YAML: " + e.getMessage()));
            return new Result(List.of(), errors);
        }
        if (root.isEmpty()) {
            errors.add(new RuleError(fileName, 0, 0, "empty rule file"));
            return new Result(List.of(), errors);
        }
        RulePack pack = new PackReader(fileName, errors).read(new YamlNode(root.get(), fileName, errors));
        return new Result(pack == null ? List.of() : List.of(pack), errors);
    }

    private static final class PackReader {
        private final String file;
        private final List<RuleError> errors;
        private final MatchReader matches = new MatchReader();

        PackReader(String file, List<RuleError> errors) {
            this.file = file;
            this.errors = errors;
        }

        RulePack read(YamlNode root) {
            Map<String, YamlNode> m = root.map("a rule pack", PACK_KEYS);
            if (!root.isMap()) {
                return null;
            }
            String id = required(root, m, "pack");
            if (id != null && !ID.matcher(id).matches()) {
                m.get("pack").error("pack id '" + id + "' must be lower-case words joined by '-'");
            }
            String title = optionalText(m, "title");
            List<String> disable = m.containsKey("disable") ? m.get("disable").texts("disable") : List.of();
            Scoring scoring = m.containsKey("scoring") ? scoring(m.get("scoring")) : null;
            List<Rule> rules = new ArrayList<>();
            if (m.containsKey("rules")) {
                Set<String> seen = new HashSet<>();
                for (YamlNode r : m.get("rules").list("rules")) {
                    Rule rule = rule(r, id == null ? "?" : id);
                    if (rule == null) {
                        continue;
                    }
                    if (!seen.add(rule.id())) {
                        r.error("duplicate rule id '" + rule.id() + "' in this pack");
                        continue;
                    }
                    rules.add(rule);
                }
            }
            List<SpinPattern> patterns = new ArrayList<>();
            if (m.containsKey("patterns")) {
                Set<String> seen = new HashSet<>();
                for (YamlNode p : m.get("patterns").list("patterns")) {
                    SpinPattern pattern = pattern(p, id == null ? "?" : id);
                    if (pattern != null && !seen.add(pattern.id())) {
                        p.error("duplicate pattern id '" + pattern.id() + "' in this pack");
                    } else if (pattern != null) {
                        patterns.add(pattern);
                    }
                }
            }
            if (!m.containsKey("rules") && !m.containsKey("patterns") && disable.isEmpty() && scoring == null) {
                root.error("a rule pack needs 'rules' (or at least 'patterns', 'disable' or 'scoring')");
            }
            return id == null ? null : new RulePack(id, title == null ? id : title, file, rules, disable, scoring,
                    patterns, List.of());
        }

        private SpinPattern pattern(YamlNode node, String pack) {
            int before = errors.size();
            Map<String, YamlNode> m = node.map("a pattern", PATTERN_KEYS);
            if (!node.isMap()) {
                return null;
            }
            String id = required(node, m, "id");
            if (id != null && !ID.matcher(id).matches()) {
                m.get("id").error("pattern id '" + id + "' must be lower-case words joined by '-'");
            }
            String title = required(node, m, "title");
            String advice = required(node, m, "advice");
            List<SpinPattern.Condition> when = new ArrayList<>();
            if (!m.containsKey("when")) {
                node.error("pattern '" + id + "' needs 'when'");
            } else if (m.get("when").isList()) {
                m.get("when").list("when").forEach(c -> when.add(condition(c)));
            } else {
                when.add(condition(m.get("when")));
            }
            if (errors.size() > before) {
                return null;
            }
            return new SpinPattern(id, title, advice, optionalText(m, "link"), when, pack);
        }

        private SpinPattern.Condition condition(YamlNode node) {
            Map<String, YamlNode> c = node.map("a pattern condition", CONDITION_KEYS);
            if (node.isMap() && c.isEmpty()) {
                node.error("a pattern condition needs at least one of: " + String.join(", ", CONDITION_KEYS.stream().sorted().toList()));
            }
            Set<String> kinds = new HashSet<>();
            if (c.containsKey("kind")) {
                for (String k : c.get("kind").texts("kind")) {
                    if (!TRIGGER_KINDS.contains(k)) {
                        c.get("kind").error("kind must be one of " + String.join(", ", TRIGGER_KINDS.stream().sorted().toList()) + ", not '" + k + "'");
                    }
                    kinds.add(k);
                }
            }
            Match entry = c.containsKey("entry") ? matches.read(c.get("entry")) : null;
            Match closure = c.containsKey("closure") ? matches.read(c.get("closure")) : null;
            Match repository = c.containsKey("repository") ? matches.read(c.get("repository")) : null;
            List<String> evidence = c.containsKey("evidence") ? c.get("evidence").texts("evidence") : List.of();
            return new SpinPattern.Condition(kinds, entry, closure, repository, evidence);
        }

        private Rule rule(YamlNode node, String pack) {
            int before = errors.size();
            Map<String, YamlNode> m = node.map("a rule", RULE_KEYS);
            if (!node.isMap()) {
                return null;
            }
            String id = required(node, m, "id");
            if (id != null && !ID.matcher(id).matches()) {
                m.get("id").error("rule id '" + id + "' must be lower-case words joined by '-'");
            }
            String criterionText = required(node, m, "criterion");
            Criterion criterion = null;
            if (criterionText != null) {
                try {
                    criterion = Criterion.fromKey(criterionText);
                } catch (IllegalArgumentException e) {
                    m.get("criterion").error(e.getMessage());
                }
            }
            String message = required(node, m, "message");
            Boolean blocker = m.containsKey("blocker") ? m.get("blocker").bool("blocker") : Boolean.FALSE;
            Integer points = m.containsKey("points") ? m.get("points").integer("points") : null;
            if (points == null && !m.containsKey("points") && !Boolean.TRUE.equals(blocker)) {
                node.error("rule '" + id + "' needs 'points' (or 'blocker: true')");
            }
            if (points != null && (points < -100 || points > 100)) {
                m.get("points").error("points must be between -100 and 100");
            }
            Match match = m.containsKey("match") ? matches.read(m.get("match")) : null;
            if (!m.containsKey("match")) {
                node.error("rule '" + id + "' needs 'match'");
            }
            TriggerSpec trigger = m.containsKey("trigger") ? trigger(m.get("trigger")) : null;
            if (trigger != null && criterion != null && criterion != Criterion.EVENT_DRIVEN) {
                m.get("trigger").error("only eventDriven rules can declare a trigger");
            }
            if (errors.size() > before) {
                return null;
            }
            return new Rule(id, optionalText(m, "title") == null ? id : optionalText(m, "title"), criterion,
                    points == null ? 0 : points, Boolean.TRUE.equals(blocker), message, optionalText(m, "link"),
                    match, trigger, pack);
        }

        private TriggerSpec trigger(YamlNode v) {
            Map<String, YamlNode> t = v.map("trigger", Set.of("kind", "type", "detail"));
            if (!v.isMap()) {
                return null;
            }
            String kind = required(v, t, "kind");
            if (kind != null && !TRIGGER_KINDS.contains(kind)) {
                t.get("kind").error("trigger kind must be one of " + String.join(", ", TRIGGER_KINDS.stream().sorted().toList()));
                return null;
            }
            String type = required(v, t, "type");
            Map<String, String> detail = new HashMap<>();
            if (t.containsKey("detail")) {
                t.get("detail").map("detail", null).forEach((k, val) -> {
                    String text = val.text("detail." + k);
                    if (text != null) {
                        detail.put(k, text);
                    }
                });
            }
            return kind == null || type == null ? null : new TriggerSpec(kind, type, detail);
        }

        private Scoring scoring(YamlNode v) {
            Map<String, YamlNode> s = v.map("scoring", Set.of("weights", "baselines", "dependencyPoints", "blockerCap"));
            Map<Criterion, Double> weights = new EnumMap<>(Scoring.DEFAULT.weights());
            Map<Criterion, Integer> baselines = new EnumMap<>(Scoring.DEFAULT.baselines());
            Map<String, Integer> depPoints = new HashMap<>(Scoring.DEFAULT.dependencyPoints());
            if (s.containsKey("weights")) {
                s.get("weights").map("weights", criterionKeys()).forEach((k, w) -> {
                    Double d = w.decimal("weight of " + k);
                    if (d != null) {
                        weights.put(Criterion.fromKey(k), d);
                    }
                });
                double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
                if (Math.abs(sum - 1.0) > 1e-6) {
                    s.get("weights").error("weights must add up to 1 (they add up to " + sum + ")");
                }
            }
            if (s.containsKey("baselines")) {
                s.get("baselines").map("baselines", criterionKeys()).forEach((k, b) -> {
                    Integer i = b.integer("baseline of " + k);
                    if (i != null) {
                        baselines.put(Criterion.fromKey(k), i);
                    }
                });
            }
            if (s.containsKey("dependencyPoints")) {
                s.get("dependencyPoints").map("dependencyPoints", Set.of("supported", "replaceable", "unknown", "unsupported"))
                        .forEach((k, p) -> {
                            Integer i = p.integer("points of " + k);
                            if (i != null) {
                                depPoints.put(k, i);
                            }
                        });
            }
            Integer cap = s.containsKey("blockerCap") ? s.get("blockerCap").integer("blockerCap") : null;
            return new Scoring(weights, baselines, depPoints, cap == null ? Scoring.DEFAULT.blockerCap() : cap);
        }

        private static Set<String> criterionKeys() {
            Set<String> keys = new HashSet<>();
            for (Criterion c : Criterion.values()) {
                keys.add(c.key());
            }
            return keys;
        }

        private static String required(YamlNode parent, Map<String, YamlNode> m, String key) {
            if (!m.containsKey(key)) {
                parent.error("missing '" + key + "'");
                return null;
            }
            String t = m.get(key).text(key);
            if (t != null && t.isBlank()) {
                m.get(key).error("'" + key + "' must not be empty");
                return null;
            }
            return t;
        }

        private static String optionalText(Map<String, YamlNode> m, String key) {
            return m.containsKey(key) ? m.get(key).text(key) : null;
        }
    }
}
