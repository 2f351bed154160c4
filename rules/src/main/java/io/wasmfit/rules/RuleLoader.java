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
    private static final Set<String> PACK_KEYS = Set.of("pack", "title", "link", "scoring", "disable", "rules");
    private static final Set<String> RULE_KEYS = Set.of("id", "title", "criterion", "points", "blocker", "message",
            "link", "match", "trigger");
    private static final Set<String> MATCH_KINDS = Set.of("annotation", "call", "new", "type", "supertype", "method",
            "fact", "dependency", "all", "any", "not", "optional");
    private static final Set<String> TRIGGER_KINDS = Set.of("http", "message", "schedule", "function", "event");

    /** The packs read and the errors found. */
    public record Result(List<RulePack> packs, List<RuleError> errors) {
        public Result {
            packs = List.copyOf(packs);
            errors = List.copyOf(errors);
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

    /** Every {@code *.yaml} / {@code *.yml} file of a folder (not recursive), in name order. */
    public static Result loadFolder(Path folder) {
        List<RulePack> packs = new ArrayList<>();
        List<RuleError> errors = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new Result(packs, List.of(new RuleError(folder.toString(), 0, 0, "not a folder of rule packs")));
        }
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(RuleLoader::isYaml).sorted().toList()) {
                Result r = load(f);
                packs.addAll(r.packs());
                errors.addAll(r.errors());
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
            } else if (disable.isEmpty() && scoring == null) {
                root.error("a rule pack needs 'rules' (or at least 'disable' or 'scoring')");
            }
            return id == null ? null : new RulePack(id, title == null ? id : title, file, rules, disable, scoring);
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
            Match match = m.containsKey("match") ? match(m.get("match")) : null;
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

        private Match match(YamlNode node) {
            Map<String, YamlNode> m = node.map("a match", MATCH_KINDS);
            if (!node.isMap()) {
                return null;
            }
            if (m.size() != 1) {
                node.error("a match has exactly one of: " + String.join(", ", MATCH_KINDS.stream().sorted().toList()));
                return null;
            }
            var entry = m.entrySet().iterator().next();
            YamlNode v = entry.getValue();
            return switch (entry.getKey()) {
                case "annotation" -> annotation(v);
                case "call" -> {
                    Map<String, YamlNode> c = v.map("call", Set.of("type", "name", "inLoop"));
                    NamePattern type = c.containsKey("type") ? pattern(c.get("type")) : null;
                    if (!c.containsKey("name") && v.isMap()) {
                        v.error("call needs 'name'");
                    }
                    NamePattern name = c.containsKey("name") ? pattern(c.get("name")) : null;
                    Boolean inLoop = c.containsKey("inLoop") ? c.get("inLoop").bool("inLoop") : null;
                    yield name == null ? null : new Match.Call(type, name, inLoop);
                }
                case "new" -> {
                    NamePattern type = pattern(v.isMap() ? v.map("new", Set.of("type")).get("type") : v);
                    yield type == null ? null : new Match.New(type);
                }
                case "type" -> {
                    NamePattern type = pattern(v.isMap() ? v.map("type", Set.of("name")).get("name") : v);
                    yield type == null ? null : new Match.TypeUse(type);
                }
                case "supertype" -> {
                    NamePattern type = pattern(v.isMap() ? v.map("supertype", Set.of("name")).get("name") : v);
                    yield type == null ? null : new Match.Supertype(type);
                }
                case "method" -> method(v);
                case "fact" -> {
                    String fact = v.text("fact");
                    if (fact != null && !Match.Fact.KNOWN.contains(fact)) {
                        v.error("unknown fact '" + fact + "' (known: " + String.join(", ", Match.Fact.KNOWN.stream().sorted().toList()) + ")");
                        yield null;
                    }
                    yield fact == null ? null : new Match.Fact(fact);
                }
                case "dependency" -> {
                    NamePattern coords = pattern(v);
                    yield coords == null ? null : new Match.Dependency(coords);
                }
                case "all", "any" -> {
                    List<Match> parts = new ArrayList<>();
                    for (YamlNode item : v.list(entry.getKey())) {
                        Match part = match(item);
                        if (part != null) {
                            parts.add(part);
                        }
                    }
                    if (parts.isEmpty() && v.isList()) {
                        v.error("'" + entry.getKey() + "' needs at least one match");
                    }
                    yield entry.getKey().equals("all") ? new Match.All(parts) : new Match.Any(parts);
                }
                case "not" -> {
                    Match inner = match(v);
                    yield inner == null ? null : new Match.Not(inner);
                }
                case "optional" -> {
                    Match inner = match(v);
                    yield inner == null ? null : new Match.Optional(inner);
                }
                default -> throw new IllegalStateException(entry.getKey());
            };
        }

        private Match annotation(YamlNode v) {
            Map<String, YamlNode> a = v.map("annotation", Set.of("name", "on", "capture", "attributes"));
            if (!v.isMap()) {
                return null;
            }
            if (!a.containsKey("name")) {
                v.error("annotation needs 'name'");
                return null;
            }
            NamePattern name = pattern(a.get("name"));
            Match.Target on = Match.Target.METHOD;
            if (a.containsKey("on")) {
                String t = a.get("on").text("on");
                try {
                    on = t == null ? on : Match.Target.valueOf(t.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    a.get("on").error("'on' must be method, class or parameter, not '" + t + "'");
                }
            }
            Map<String, List<String>> capture = new LinkedHashMap<>();
            if (a.containsKey("capture")) {
                a.get("capture").map("capture", null).forEach((var, attrs) -> capture.put(var, attrs.texts("capture of " + var)));
            }
            Map<String, NamePattern> attributes = new LinkedHashMap<>();
            if (a.containsKey("attributes")) {
                a.get("attributes").map("attributes", null).forEach((attr, p) -> {
                    NamePattern np = pattern(p);
                    if (np != null) {
                        attributes.put(attr, np);
                    }
                });
            }
            return name == null ? null : new Match.Annotation(name, on, capture, attributes);
        }

        private Match method(YamlNode v) {
            Map<String, YamlNode> mm = v.map("method", Set.of("name", "modifiers", "params"));
            if (!v.isMap()) {
                return null;
            }
            NamePattern name = mm.containsKey("name") ? pattern(mm.get("name")) : null;
            Set<String> modifiers = mm.containsKey("modifiers") ? Set.copyOf(mm.get("modifiers").texts("modifiers")) : Set.of();
            Integer params = mm.containsKey("params") ? mm.get("params").integer("params") : null;
            return new Match.Method(name, modifiers, params);
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

        private NamePattern pattern(YamlNode v) {
            if (v == null) {
                return null;
            }
            List<String> globs = v.texts("a name pattern");
            if (globs.isEmpty()) {
                return null;
            }
            try {
                return NamePattern.of(globs);
            } catch (IllegalArgumentException e) {
                v.error(e.getMessage());
                return null;
            }
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
