package io.wasmfit.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a Konveyor (analyzer-lsp / kantra) ruleset folder: a {@code ruleset.yaml} (name,
 * description, labels) and rule files, each a list of rules with {@code ruleID}, {@code description},
 * {@code category}, {@code effort}, {@code labels}, {@code message}, {@code links} and one
 * {@code when} condition. Conditions become wasmfit matches ({@link KonveyorConditions}); what
 * cannot be evaluated is a warning with file and line, never dropped silently. docs/rules.md,
 * "Konveyor rulesets", lists the mapping.
 */
final class KonveyorRuleset {

    static final String RULESET_FILE = "ruleset.yaml";
    private static final Set<String> RULESET_KEYS = Set.of("name", "description", "labels", "tags");
    private static final Set<String> RULE_KEYS = Set.of("ruleID", "description", "category", "effort", "labels",
            "message", "links", "tag", "customVariables", "when");
    private static final String LABEL = "wasmfit.io/";

    private final Path folder;
    private final List<RuleError> errors = new ArrayList<>();
    private final List<RuleError> warnings = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private KonveyorRuleset(Path folder) {
        this.folder = folder;
    }

    static boolean isRuleset(Path folder) {
        return Files.isDirectory(folder) && Files.isRegularFile(folder.resolve(RULESET_FILE));
    }

    /** The ruleset as one pack ({@code konveyor-<name>}); its warnings are in the pack and in the result. */
    static RuleLoader.Result load(Path folder) {
        return new KonveyorRuleset(folder).read();
    }

    private RuleLoader.Result read() {
        Path rulesetFile = folder.resolve(RULESET_FILE);
        YamlNode ruleset = compose(rulesetFile);
        String name = null;
        String description = null;
        if (ruleset != null) {
            Map<String, YamlNode> m = entries(ruleset, "the ruleset", RULESET_KEYS);
            name = m.containsKey("name") ? m.get("name").text("name") : null;
            description = m.containsKey("description") ? m.get("description").text("description") : null;
            if (name == null || name.isBlank()) {
                ruleset.error("a Konveyor ruleset.yaml needs 'name'");
            }
        }
        List<Rule> rules = new ArrayList<>();
        String packId = "konveyor-" + normalize(name == null ? folder.getFileName().toString() : name);
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(RuleLoader::isYaml).sorted().toList()) {
                if (!f.getFileName().toString().equals(RULESET_FILE)) {
                    readRules(f, packId, rules);
                }
            }
        } catch (IOException e) {
            errors.add(new RuleError(folder.toString(), 0, 0, "cannot list: " + e.getMessage()));
        }
        if (ruleset == null || name == null) {
            return new RuleLoader.Result(List.of(), errors, warnings);
        }
        String title = description == null ? name : description.strip().lines().findFirst().orElse(name);
        RulePack pack = new RulePack(packId, title, folder.toString(), rules, List.of(), null, List.of(), warnings);
        return new RuleLoader.Result(List.of(pack), errors, warnings);
    }

    private void readRules(Path file, String pack, List<Rule> out) {
        YamlNode root = compose(file);
        if (root == null) {
            return;
        }
        if (!root.isList()) {
            root.error("a Konveyor rule file is a list of rules");
            return;
        }
        for (YamlNode r : root.list("rules")) {
            Rule rule = rule(r, pack);
            if (rule != null && !ids.add(rule.id())) {
                r.error("duplicate ruleID '" + rule.id() + "' in this ruleset");
            } else if (rule != null) {
                out.add(rule);
            }
        }
    }

    private Rule rule(YamlNode node, String pack) {
        Map<String, YamlNode> m = entries(node, "a Konveyor rule", RULE_KEYS);
        if (!node.isMap()) {
            return null;
        }
        String ruleId = m.containsKey("ruleID") ? m.get("ruleID").text("ruleID") : null;
        if (ruleId == null || ruleId.isBlank()) {
            node.error("a Konveyor rule needs 'ruleID'");
            return null;
        }
        if (!m.containsKey("when")) {
            node.error("rule '" + ruleId + "' needs 'when'");
            return null;
        }
        String description = m.containsKey("description") ? m.get("description").text("description") : null;
        String message = m.containsKey("message") ? m.get("message").text("message") : null;
        if (message == null || message.isBlank()) {
            message = description;
        }
        if (message == null || message.isBlank()) {
            warn(node, "rule '" + ruleId + "' has no message (a tagging rule): not loaded, wasmfit has no tags");
            return null;
        }
        if (m.containsKey("tag")) {
            warn(m.get("tag"), "rule '" + ruleId + "': tags are not used by wasmfit");
        }
        if (m.containsKey("customVariables") && !m.get("customVariables").isEmptyList()) {
            warn(m.get("customVariables"), "rule '" + ruleId + "': custom variables are not filled in; '{{ ... }}' stays in the message");
        }
        Integer effort = m.containsKey("effort") ? m.get("effort").integer("effort") : null;
        String category = m.containsKey("category") ? m.get("category").text("category") : null;
        Labels labels = labels(m.get("labels"), ruleId);
        Match match = new KonveyorConditions(this::warn).convert(m.get("when"));
        if (match == null) {
            warn(m.get("when"), "rule '" + ruleId + "' is not loaded: its condition cannot be evaluated by wasmfit (see the warnings above)");
            return null;
        }
        int points = labels.points != null ? labels.points : -Math.min(100, Math.max(0, effort == null ? 1 : effort) * 5);
        String link = null;
        StringBuilder text = new StringBuilder(oneLine(message));
        if (category != null || effort != null) {
            text.append(" (Konveyor").append(category == null ? "" : " " + category)
                    .append(effort == null ? "" : ", effort " + effort).append(')');
        }
        if (m.containsKey("links")) {
            for (YamlNode l : m.get("links").list("links")) {
                Map<String, YamlNode> lm = l.map("a link", Set.of("url", "title"));
                String url = lm.containsKey("url") ? lm.get("url").text("url") : null;
                if (url == null) {
                    continue;
                }
                if (link == null) {
                    link = url;
                } else {
                    String title = lm.containsKey("title") ? lm.get("title").text("title") : null;
                    text.append("; see also ").append(title == null ? url : title + " <" + url + ">");
                }
            }
        }
        String title = description == null ? ruleId : oneLine(description.strip().lines().findFirst().orElse(ruleId));
        return new Rule(normalize(ruleId), title, labels.criterion, points, labels.blocker, text.toString(), link, match,
                null, pack, effort);
    }

    /** {@code wasmfit.io/criterion=shortRunning}, {@code wasmfit.io/points=-40}, {@code wasmfit.io/blocker=true}. */
    private record Labels(Criterion criterion, Integer points, boolean blocker) {
    }

    private Labels labels(YamlNode node, String ruleId) {
        Criterion criterion = Criterion.DEPENDENCY_SUPPORTED;
        Integer points = null;
        boolean blocker = false;
        if (node == null) {
            return new Labels(criterion, null, false);
        }
        for (String label : node.texts("labels")) {
            if (!label.startsWith(LABEL)) {
                continue;
            }
            String[] kv = label.substring(LABEL.length()).split("=", 2);
            String value = kv.length == 2 ? kv[1].strip() : "";
            try {
                switch (kv[0]) {
                    case "criterion" -> criterion = Criterion.fromKey(value);
                    case "points" -> points = Math.max(-100, Math.min(100, Integer.parseInt(value)));
                    case "blocker" -> blocker = Boolean.parseBoolean(value);
                    default -> warn(node, "rule '" + ruleId + "': unknown label " + label);
                }
            } catch (IllegalArgumentException e) {
                node.error("rule '" + ruleId + "': label " + label + ": " + e.getMessage());
            }
        }
        return new Labels(criterion, points, blocker);
    }

    private Map<String, YamlNode> entries(YamlNode node, String what, Set<String> known) {
        Map<String, YamlNode> all = node.map(what, null);
        all.keySet().stream().filter(k -> !known.contains(k)).sorted()
                .forEach(k -> warn(all.get(k), "'" + k + "' in " + what + " is not used by wasmfit"));
        return all;
    }

    private YamlNode compose(Path file) {
        String name = file.toString();
        try {
            String yaml = Files.readString(file, StandardCharsets.UTF_8);
            Optional<Node> root = new Compose(LoadSettings.builder().setLabel(name).build()).composeString(yaml);
            if (root.isEmpty()) {
                errors.add(new RuleError(name, 0, 0, "empty file"));
                return null;
            }
            return new YamlNode(root.get(), name, errors);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            errors.add(new RuleError(name, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                    "not valid YAML: " + e.getProblem()));
        } catch (YamlEngineException e) {
            errors.add(new RuleError(name, 0, 0, "not valid YAML: " + e.getMessage()));
        } catch (IOException e) {
            errors.add(new RuleError(name, 0, 0, "cannot read: " + e.getMessage()));
        }
        return null;
    }

    void warn(YamlNode node, String message) {
        warnings.add(new RuleError(node.file(), node.line(), node.column(), message));
    }

    /** A Konveyor id as a wasmfit id: lower case, other characters than letters, digits, '.' and '-' become '-'. */
    static String normalize(String id) {
        String s = id.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-").replaceAll("^[^a-z0-9]+", "");
        return s.isEmpty() ? "rule" : s;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\n\\s*", " ");
    }

    /** A Java regex that Konveyor (RE2) accepts may still fail here: the caller warns and skips. */
    static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex, Pattern.MULTILINE);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }
}
