package io.wasmfit.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Konveyor {@code when} condition into a wasmfit {@link Match}. Supported:
 * {@code java.referenced} (pattern with location ANNOTATION with element values, IMPORT,
 * METHOD_CALL, CONSTRUCTOR_CALL, INHERITANCE, IMPLEMENTS_TYPE, TYPE, RETURN_TYPE, PACKAGE or none),
 * {@code java.dependency} (by name, version bounds ignored), {@code builtin.filecontent},
 * {@code and}, {@code or} and {@code not: true}. Anything else is a warning: inside an
 * {@code or} the branch is left out; anywhere else the whole rule is (a weaker condition would
 * report what the rule's author did not mean).
 */
final class KonveyorConditions {

    interface Warnings {
        void warn(YamlNode node, String message);
    }

    private static final Set<String> COMMON_KEYS = Set.of("not", "as", "from", "ignore");
    private static final Pattern GROUP = Pattern.compile("\\(([^()]*)\\)");
    private static final Match IGNORED = new Match.All(List.of());

    private final Warnings warnings;

    KonveyorConditions(Warnings warnings) {
        this.warnings = warnings;
    }

    /** The match, or null when the condition cannot be evaluated (warnings say why). */
    Match convert(YamlNode node) {
        Match m = condition(node);
        return m == IGNORED ? null : m;
    }

    private static final int MAX_DEPTH = 32;
    private int depth;

    private Match condition(YamlNode node) {
        if (depth >= MAX_DEPTH) {
            node.error("conditions nest deeper than " + MAX_DEPTH + " levels (is an alias referring to itself?)");
            return null;
        }
        depth++;
        try {
            return conditionAt(node);
        } finally {
            depth--;
        }
    }

    private Match conditionAt(YamlNode node) {
        Map<String, YamlNode> m = node.map("a condition", null);
        if (!node.isMap()) {
            return null;
        }
        String kind = null;
        for (String key : m.keySet()) {
            if (!COMMON_KEYS.contains(key)) {
                if (kind != null) {
                    warnings.warn(m.get(key), "a condition has one provider capability; '" + key + "' next to '" + kind + "' is ignored");
                } else {
                    kind = key;
                }
            }
        }
        if (kind == null) {
            node.error("a condition needs a provider capability such as java.referenced, or and/or");
            return null;
        }
        if (m.containsKey("ignore") && "true".equals(m.get("ignore").text("ignore"))) {
            warnings.warn(node, "'" + kind + "' only feeds condition chaining (ignore: true), which wasmfit does not do: left out");
            return IGNORED;
        }
        if (m.containsKey("from")) {
            warnings.warn(m.get("from"), "condition chaining ('from') is not supported: '" + kind + "' is evaluated everywhere");
        }
        YamlNode value = m.get(kind);
        Match match = switch (kind) {
            case "and" -> and(value);
            case "or" -> or(value);
            case "java.referenced" -> referenced(value);
            case "java.dependency" -> dependency(value);
            case "builtin.filecontent" -> fileContent(value);
            default -> {
                warnings.warn(value, "condition '" + kind + "' is not supported by wasmfit");
                yield null;
            }
        };
        boolean negated = m.containsKey("not") && "true".equals(m.get("not").text("not"));
        return match == null || match == IGNORED || !negated ? match : new Match.Not(match);
    }

    private Match and(YamlNode list) {
        List<Match> parts = new ArrayList<>();
        for (YamlNode item : list.list("and")) {
            Match part = condition(item);
            if (part == null) {
                return null;
            }
            if (part != IGNORED) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? IGNORED : parts.size() == 1 ? parts.get(0) : new Match.All(parts);
    }

    private Match or(YamlNode list) {
        List<Match> parts = new ArrayList<>();
        boolean lost = false;
        for (YamlNode item : list.list("or")) {
            Match part = condition(item);
            lost |= part == null;
            if (part != null && part != IGNORED) {
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            return lost ? null : IGNORED;
        }
        return parts.size() == 1 ? parts.get(0) : new Match.Any(parts);
    }

    private Match referenced(YamlNode node) {
        Map<String, YamlNode> m = node.map("java.referenced", null);
        if (!m.containsKey("pattern")) {
            node.error("java.referenced needs 'pattern'");
            return null;
        }
        for (String key : m.keySet()) {
            if (key.equals("filepaths")) {
                warnings.warn(m.get(key), "'filepaths' is not supported: the condition is evaluated in every file");
            } else if (!Set.of("pattern", "location", "annotated").contains(key)) {
                warnings.warn(m.get(key), "'" + key + "' in java.referenced is not supported");
                return null;
            }
        }
        YamlNode patternNode = m.get("pattern");
        String locationText = m.containsKey("location") ? m.get("location").text("location") : null;
        String location = locationText == null ? "" : locationText.strip().toUpperCase(Locale.ROOT);
        NamePattern glob = glob(patternNode, patternNode.text("pattern"));
        if (glob == null) {
            return null;
        }
        if (m.containsKey("annotated") && !location.equals("ANNOTATION")) {
            warnings.warn(m.get("annotated"), "'annotated' is only supported with location ANNOTATION");
            return null;
        }
        return switch (location) {
            case "", "PACKAGE" -> anyReference(glob);
            case "ANNOTATION" -> annotation(glob, m.get("annotated"));
            case "IMPORT" -> new Match.Import(glob);
            case "METHOD_CALL" -> methodCall(glob);
            case "CONSTRUCTOR_CALL" -> new Match.New(glob);
            case "INHERITANCE", "IMPLEMENTS_TYPE" -> new Match.Supertype(glob);
            case "TYPE" -> new Match.Any(List.of(new Match.TypeUse(glob), new Match.New(glob)));
            case "RETURN_TYPE" -> new Match.Method(null, Set.of(), null, glob);
            default -> {
                warnings.warn(m.get("location"), "location " + location + " is not supported (supported: ANNOTATION, IMPORT, "
                        + "METHOD_CALL, CONSTRUCTOR_CALL, INHERITANCE, IMPLEMENTS_TYPE, TYPE, RETURN_TYPE, PACKAGE)");
                yield null;
            }
        };
    }

    /** No location: the name anywhere (a method when the pattern names one). */
    private Match anyReference(NamePattern glob) {
        Match.Call call = methodCall(glob);
        if (call.type() != null && !"*".equals(call.name().toString())) {
            return call;
        }
        return new Match.Any(List.of(new Match.Import(glob), new Match.TypeUse(glob), new Match.New(glob), call,
                new Match.Supertype(glob), annotation(glob, null)));
    }

    /** {@code com.acme.Client.send*} is a method of a type; {@code javax.ejb*} any method of any matching type. */
    private static Match.Call methodCall(NamePattern glob) {
        String text = glob.sources().get(0);
        int dot = text.lastIndexOf('.');
        if (glob.sources().size() == 1 && dot > 0) {
            String owner = text.substring(0, dot);
            String last = owner.substring(owner.lastIndexOf('.') + 1);
            String method = text.substring(dot + 1);
            boolean ownerIsType = !last.isEmpty() && (Character.isUpperCase(last.charAt(0)) || last.endsWith("*"));
            if (ownerIsType && !method.isEmpty() && !Character.isUpperCase(method.charAt(0))) {
                return new Match.Call(NamePattern.of(owner), NamePattern.of(method), null);
            }
        }
        return new Match.Call(glob, NamePattern.of("*"), null);
    }

    private Match annotation(NamePattern glob, YamlNode annotated) {
        Map<String, NamePattern> attributes = new LinkedHashMap<>();
        if (annotated != null) {
            Map<String, YamlNode> a = annotated.map("annotated", null);
            if (a.containsKey("pattern")) {
                warnings.warn(a.get("pattern"), "'annotated.pattern' is not supported with location ANNOTATION");
                return null;
            }
            if (a.containsKey("elements")) {
                for (YamlNode e : a.get("elements").list("elements")) {
                    Map<String, YamlNode> em = e.map("an element", Set.of("name", "value"));
                    if (!em.containsKey("name") || !em.containsKey("value")) {
                        e.error("an annotation element needs 'name' and 'value'");
                        return null;
                    }
                    NamePattern value = glob(em.get("value"), em.get("value").text("value"));
                    if (value == null) {
                        return null;
                    }
                    attributes.put(em.get("name").text("name"), value);
                }
            }
        }
        List<Match> places = new ArrayList<>();
        for (Match.Target on : Match.Target.values()) {
            places.add(new Match.Annotation(glob, on, Map.of(), attributes));
        }
        return new Match.Any(places);
    }

    private Match dependency(YamlNode node) {
        Map<String, YamlNode> m = node.map("java.dependency", Set.of("name", "nameregex", "upperbound", "lowerbound"));
        if (m.containsKey("upperbound") || m.containsKey("lowerbound")) {
            warnings.warn(node, "version bounds are not supported: any version of the dependency matches");
        }
        YamlNode name = m.containsKey("name") ? m.get("name") : m.get("nameregex");
        if (name == null) {
            node.error("java.dependency needs 'name' or 'nameregex'");
            return null;
        }
        NamePattern glob = glob(name, name.text("name"));
        if (glob == null) {
            return null;
        }
        // Konveyor writes group.artifact; wasmfit's coordinates are group:artifact
        List<String> splits = new ArrayList<>();
        String text = glob.sources().get(0);
        for (int i = text.indexOf('.'); i > 0; i = text.indexOf('.', i + 1)) {
            splits.add(text.substring(0, i) + ":" + text.substring(i + 1));
        }
        splits.add(text);
        return new Match.Dependency(NamePattern.of(splits));
    }

    private Match fileContent(YamlNode node) {
        Map<String, YamlNode> m = node.map("builtin.filecontent", Set.of("pattern", "filePattern"));
        if (!m.containsKey("pattern")) {
            node.error("builtin.filecontent needs 'pattern'");
            return null;
        }
        String regex = m.get("pattern").text("pattern");
        Pattern pattern = regex == null ? null : KonveyorRuleset.compile(regex);
        String fileRegex = m.containsKey("filePattern") ? m.get("filePattern").text("filePattern") : null;
        Pattern files = fileRegex == null ? null : KonveyorRuleset.compile(fileRegex);
        if (pattern == null || fileRegex != null && files == null) {
            warnings.warn(node, "the regular expression cannot be read by Java's regex engine: " + (pattern == null ? regex : fileRegex));
            return null;
        }
        return new Match.Text(pattern, files);
    }

    /**
     * A Konveyor pattern (a JDT search pattern, sometimes written as a regex) as a wasmfit name
     * pattern: parameter lists and type arguments dropped, {@code \.} and {@code .*} read as
     * '.' and '*', {@code (a|b)} as {@code {a,b}}; null (with a warning) when that is not enough.
     */
    private NamePattern glob(YamlNode node, String pattern) {
        if (pattern == null) {
            return null;
        }
        String s = pattern.strip();
        int paren = s.indexOf('(');
        if (paren > 0 && s.endsWith(")") && !s.substring(paren).contains("|")) {
            String params = s.substring(paren + 1, s.length() - 1).strip();
            if (!params.isEmpty() && !params.equals("*")) {
                warnings.warn(node, "parameter types in '" + pattern + "' are not compared: every overload matches");
            }
            s = s.substring(0, paren);
        }
        s = s.replaceAll("<[^<>]*>", "").replace("^", "").replace("$", "").replace("\\.", ".").replace(".*", "*");
        Matcher group = GROUP.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (group.find()) {
            group.appendReplacement(sb, Matcher.quoteReplacement("{" + group.group(1).replace('|', ',') + "}"));
        }
        group.appendTail(sb);
        s = sb.toString();
        if (s.contains("?")) {
            warnings.warn(node, "'?' in '" + pattern + "' is read as '*'");
            s = s.replace("?", "*");
        }
        try {
            return NamePattern.of(s);
        } catch (IllegalArgumentException e) {
            warnings.warn(node, "pattern '" + pattern + "' cannot be read as a name pattern: " + e.getMessage());
            return null;
        }
    }
}
