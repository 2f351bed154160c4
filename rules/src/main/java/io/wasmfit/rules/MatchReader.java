package io.wasmfit.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the {@code match:} part of a rule (docs/rules.md, "Match kinds"). Errors go to the
 * nodes' error list with their line and column; a part that cannot be read is null.
 */
final class MatchReader {

    static final Set<String> KINDS = Set.of("annotation", "call", "new", "type", "supertype", "method", "fact",
            "dependency", "import", "text", "all", "any", "not", "optional");
    private static final Set<String> CALL_KEYS = Set.of("type", "name", "inLoop", "capture", "handler", "via", "args");
    private static final Set<String> NESTED_CALL_KEYS = Set.of("type", "name", "capture", "via", "args");

    /** Deeper than this is a mistake, or an alias that refers to itself. */
    private static final int MAX_DEPTH = 32;
    private int depth;

    Match read(YamlNode node) {
        if (depth >= MAX_DEPTH) {
            node.error("matches nest deeper than " + MAX_DEPTH + " levels (is an alias referring to itself?)");
            return null;
        }
        depth++;
        try {
            return readKind(node);
        } finally {
            depth--;
        }
    }

    private Match readKind(YamlNode node) {
        Map<String, YamlNode> m = node.map("a match", KINDS);
        if (!node.isMap()) {
            return null;
        }
        if (m.size() != 1) {
            node.error("a match has exactly one of: " + String.join(", ", KINDS.stream().sorted().toList()));
            return null;
        }
        var entry = m.entrySet().iterator().next();
        YamlNode v = entry.getValue();
        return switch (entry.getKey()) {
            case "annotation" -> annotation(v);
            case "call" -> call(v, true);
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
            case "import" -> {
                NamePattern name = pattern(v.isMap() ? v.map("import", Set.of("name")).get("name") : v);
                yield name == null ? null : new Match.Import(name);
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
            case "text" -> text(v);
            case "all", "any" -> {
                List<Match> parts = new ArrayList<>();
                for (YamlNode item : v.list(entry.getKey())) {
                    Match part = read(item);
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
                Match inner = read(v);
                yield inner == null ? null : new Match.Not(inner);
            }
            case "optional" -> {
                Match inner = read(v);
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

    private Match.Call call(YamlNode v, boolean outer) {
        Map<String, YamlNode> c = v.map("call", outer ? CALL_KEYS : NESTED_CALL_KEYS);
        if (!v.isMap()) {
            return null;
        }
        if (depth >= MAX_DEPTH) {
            v.error("calls nest deeper than " + MAX_DEPTH + " levels (is an alias referring to itself?)");
            return null;
        }
        if (!c.containsKey("name")) {
            v.error("call needs 'name'");
            return null;
        }
        NamePattern type = c.containsKey("type") ? pattern(c.get("type")) : null;
        NamePattern name = pattern(c.get("name"));
        Boolean inLoop = c.containsKey("inLoop") ? c.get("inLoop").bool("inLoop") : null;
        Map<String, Match.Call.Argument> capture = new LinkedHashMap<>();
        if (c.containsKey("capture")) {
            c.get("capture").map("capture", null).forEach((var, sel) -> {
                Match.Call.Argument a = argument(sel, true);
                if (a != null) {
                    capture.put(var, a);
                }
            });
        }
        List<Match.Call.Argument> handler = new ArrayList<>();
        if (c.containsKey("handler")) {
            YamlNode h = c.get("handler");
            for (YamlNode position : h.isList() ? h.list("handler") : List.of(h)) {
                Match.Call.Argument a = argument(position, false);
                if (a != null) {
                    handler.add(a);
                }
            }
        }
        depth++;
        Match.Call via;
        try {
            via = c.containsKey("via") ? call(c.get("via"), false) : null;
        } finally {
            depth--;
        }
        Map<Integer, Match.Call> args = new LinkedHashMap<>();
        if (c.containsKey("args")) {
            c.get("args").map("args", null).forEach((position, inner) -> {
                depth++;
                Match.Call arg;
                try {
                    arg = call(inner, false);
                } finally {
                    depth--;
                }
                try {
                    int index = Integer.parseInt(position);
                    if (index < 0) {
                        throw new NumberFormatException();
                    }
                    if (arg != null) {
                        args.put(index, arg);
                    }
                } catch (NumberFormatException e) {
                    inner.error("keys of 'args' are argument positions (0, 1, ...), not '" + position + "'");
                }
            });
        }
        return name == null ? null : new Match.Call(type, name, inLoop, capture, handler, via, args);
    }

    /** {@code 0}, {@code 1}..., {@code last}, and in captures {@code @name}. */
    private static Match.Call.Argument argument(YamlNode v, boolean allowName) {
        String t = v.text("an argument");
        if (t == null) {
            return null;
        }
        String s = t.strip();
        if ("@name".equals(s) && allowName) {
            return Match.Call.Argument.NAME;
        }
        if ("last".equals(s)) {
            return Match.Call.Argument.LAST;
        }
        try {
            int index = Integer.parseInt(s);
            if (index >= 0) {
                return new Match.Call.Argument(index);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        v.error("an argument is a position (0, 1, ...) or 'last'" + (allowName ? " or '@name'" : "") + ", not '" + t + "'");
        return null;
    }

    private Match method(YamlNode v) {
        Map<String, YamlNode> mm = v.map("method", Set.of("name", "modifiers", "params", "returns"));
        if (!v.isMap()) {
            return null;
        }
        NamePattern name = mm.containsKey("name") ? pattern(mm.get("name")) : null;
        Set<String> modifiers = mm.containsKey("modifiers") ? Set.copyOf(mm.get("modifiers").texts("modifiers")) : Set.of();
        Integer params = mm.containsKey("params") ? mm.get("params").integer("params") : null;
        NamePattern returns = mm.containsKey("returns") ? pattern(mm.get("returns")) : null;
        return new Match.Method(name, modifiers, params, returns);
    }

    private static Match text(YamlNode v) {
        Map<String, YamlNode> t = v.isMap() ? v.map("text", Set.of("pattern", "files")) : Map.of("pattern", v);
        if (!t.containsKey("pattern")) {
            v.error("text needs 'pattern' (a regular expression)");
            return null;
        }
        Pattern pattern = regex(t.get("pattern"));
        Pattern files = t.containsKey("files") ? regex(t.get("files")) : null;
        return pattern == null || t.containsKey("files") && files == null ? null : new Match.Text(pattern, files);
    }

    static Pattern regex(YamlNode v) {
        String text = v.text("a regular expression");
        if (text == null) {
            return null;
        }
        try {
            return Pattern.compile(text, Pattern.MULTILINE);
        } catch (PatternSyntaxException e) {
            v.error("bad regex '" + text + "': " + e.getDescription() + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""));
            return null;
        }
    }

    static NamePattern pattern(YamlNode v) {
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
}
