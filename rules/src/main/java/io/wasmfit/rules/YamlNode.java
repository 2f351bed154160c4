package io.wasmfit.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML node that knows where it is in its file, so that every error can name a line and column.
 * Errors are collected, not thrown: one bad rule never hides the next one's error.
 */
final class YamlNode {

    private final Node node;
    private final String file;
    private final List<RuleError> errors;

    YamlNode(Node node, String file, List<RuleError> errors) {
        this.node = node;
        this.file = file;
        this.errors = errors;
    }

    String file() {
        return file;
    }

    boolean isEmptyList() {
        return node instanceof SequenceNode seq && seq.getValue().isEmpty();
    }

    int line() {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    int column() {
        return node.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
    }

    void error(String message) {
        errors.add(new RuleError(file, line(), column(), message));
    }

    boolean isMap() {
        return node instanceof MappingNode;
    }

    boolean isList() {
        return node instanceof SequenceNode;
    }

    boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** The entries of a mapping in file order; reports duplicate keys and keys outside {@code allowed}. */
    Map<String, YamlNode> map(String what, Set<String> allowed) {
        Map<String, YamlNode> out = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            error(what + " must be a mapping of keys to values");
            return out;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            YamlNode key = new YamlNode(tuple.getKeyNode(), file, errors);
            if (!(tuple.getKeyNode() instanceof ScalarNode scalarKey)) {
                key.error("keys of " + what + " must be plain words");
                continue;
            }
            String name = scalarKey.getValue();
            if (allowed != null && !allowed.contains(name)) {
                key.error("unknown key '" + name + "' in " + what + " (allowed: " + String.join(", ", sorted(allowed)) + ")");
                continue;
            }
            if (out.containsKey(name)) {
                key.error("duplicate key '" + name + "' in " + what);
                continue;
            }
            out.put(name, new YamlNode(tuple.getValueNode(), file, errors));
        }
        return out;
    }

    List<YamlNode> list(String what) {
        List<YamlNode> out = new ArrayList<>();
        if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                out.add(new YamlNode(item, file, errors));
            }
        } else {
            error(what + " must be a list");
        }
        return out;
    }

    /** A scalar, or null (with an error) when the node is not one. */
    String text(String what) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        error(what + " must be a single value, not a " + (isMap() ? "mapping" : "list"));
        return null;
    }

    /** One string or a list of strings. */
    List<String> texts(String what) {
        if (node instanceof ScalarNode scalar) {
            return List.of(scalar.getValue());
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : list(what)) {
            String t = item.text(what + " item");
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    Integer integer(String what) {
        String t = text(what);
        if (t == null) {
            return null;
        }
        try {
            return Integer.valueOf(t.trim());
        } catch (NumberFormatException e) {
            error(what + " must be a whole number, not '" + t + "'");
            return null;
        }
    }

    Double decimal(String what) {
        String t = text(what);
        if (t == null) {
            return null;
        }
        try {
            return Double.valueOf(t.trim());
        } catch (NumberFormatException e) {
            error(what + " must be a number, not '" + t + "'");
            return null;
        }
    }

    Boolean bool(String what) {
        String t = text(what);
        if (t == null) {
            return null;
        }
        return switch (t.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                error(what + " must be true or false, not '" + t + "'");
                yield null;
            }
        };
    }

    private static List<String> sorted(Set<String> keys) {
        List<String> list = new ArrayList<>(keys);
        list.sort(null);
        return list;
    }
}
