package io.wasmfit.matrix;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A YAML document read with Jackson's YAML parser into a small tree that keeps the line and column
 * of every key and value, so that each data error can point at the exact place (a plain
 * {@code JsonNode} tree forgets positions).
 */
final class Yaml {

    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");

    private Yaml() {
    }

    /** A position in the file, line and column from 1. */
    record Pos(int line, int column) {
        static Pos of(JsonLocation location) {
            return new Pos(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
        }
    }

    sealed interface Node permits Scalar, Seq, Mapping {
        Pos pos();

        /** What the node is, for messages: "a list", "a mapping", "a text". */
        String kind();
    }

    /** A scalar value; {@code token} tells whether YAML read it as text, number, boolean or null. */
    record Scalar(String text, JsonToken token, Pos pos) implements Node {
        @Override
        public String kind() {
            return token == JsonToken.VALUE_NULL ? "empty" : "a single value";
        }
    }

    record Seq(List<Node> items, Pos pos) implements Node {
        @Override
        public String kind() {
            return "a list";
        }
    }

    record Field(String key, Pos keyPos, Node value) {
    }

    record Mapping(Map<String, Field> fields, Pos pos) implements Node {
        @Override
        public String kind() {
            return "a mapping";
        }
    }

    /** Parses one YAML document; {@code file} names it in errors. */
    static Node parse(String text, String file) throws CatalogException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new CatalogException(file, 1, 1, "the file is empty");
            }
            return read(parser, file);
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            Pos pos = problemMark(message);
            if (pos == null) {
                pos = e.getLocation() == null ? new Pos(1, 1) : Pos.of(e.getLocation());
            }
            throw new CatalogException(file, pos.line(), pos.column(), "not valid YAML: " + describe(message));
        } catch (IOException e) {
            throw new CatalogException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static Node read(JsonParser parser, String file) throws IOException, CatalogException {
        Pos pos = Pos.of(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Field> fields = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Pos keyPos = Pos.of(parser.currentTokenLocation());
                    parser.nextToken();
                    Node value = read(parser, file);
                    Field previous = fields.putIfAbsent(key, new Field(key, keyPos, value));
                    if (previous != null) {
                        throw new CatalogException(file, keyPos.line(), keyPos.column(),
                                "duplicate key '" + key + "' (first at line " + previous.keyPos().line() + ")");
                    }
                }
                return new Mapping(fields, pos);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser, file));
                }
                return new Seq(items, pos);
            }
            default -> {
                return new Scalar(token == JsonToken.VALUE_NULL ? null : parser.getText(), token, pos);
            }
        }
    }

    /** SnakeYAML's messages end with the position of the problem itself ("line 3, column 1"). */
    private static Pos problemMark(String message) {
        Matcher m = MARK.matcher(message);
        Pos last = null;
        while (m.find()) {
            last = new Pos(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        return last;
    }

    /** The message without its snippets and positions: "while parsing a flow sequence: expected ',' or ']'". */
    private static String describe(String message) {
        String text = message.lines()
                .filter(l -> !l.isBlank() && !l.startsWith(" "))
                .map(l -> l.endsWith(":") ? l.substring(0, l.length() - 1) : l)
                .collect(Collectors.joining(": "));
        return text.isEmpty() ? "syntax error" : text;
    }

    /**
     * Typed, checked access to the fields of a mapping: unknown keys, missing fields and values of
     * the wrong shape become {@link CatalogException}s at the right position.
     */
    static final class Fields {
        private final Mapping mapping;
        private final String file;
        private final String what;

        /** {@code what} names the mapping in messages, e.g. "entry 'jackson-databind'". */
        Fields(Node node, String file, String what, List<String> allowed) throws CatalogException {
            if (!(node instanceof Mapping m)) {
                throw error(file, node.pos(), what + " must be a mapping of keys to values, not " + node.kind());
            }
            this.mapping = m;
            this.file = file;
            this.what = what;
            for (Field field : m.fields().values()) {
                if (!allowed.contains(field.key())) {
                    throw error(file, field.keyPos(), "unknown key '" + field.key() + "' in " + what
                            + " (expected " + String.join(", ", allowed) + ")");
                }
            }
        }

        Pos pos() {
            return mapping.pos();
        }

        Field field(String key) {
            return mapping.fields().get(key);
        }

        boolean has(String key) {
            Field f = field(key);
            return f != null && !(f.value() instanceof Scalar s && s.text() == null);
        }

        Field required(String key) throws CatalogException {
            if (!has(key)) {
                throw error(file, pos(), what + " is missing the required field '" + key + "'");
            }
            return field(key);
        }

        String requiredText(String key) throws CatalogException {
            return text(required(key));
        }

        /** The text of an optional field, or null when absent or empty. */
        String optionalText(String key) throws CatalogException {
            return has(key) ? text(field(key)) : null;
        }

        /** A list of texts; a single text is read as a list of one; absent gives an empty list. */
        List<Located> texts(String key) throws CatalogException {
            if (!has(key)) {
                return List.of();
            }
            Field f = field(key);
            if (f.value() instanceof Scalar) {
                return List.of(new Located(text(f), f.value().pos()));
            }
            if (!(f.value() instanceof Seq seq)) {
                throw error(file, f.value().pos(), "'" + key + "' in " + what + " must be a list, not " + f.value().kind());
            }
            List<Located> out = new ArrayList<>();
            for (Node item : seq.items()) {
                if (!(item instanceof Scalar s) || s.text() == null || s.text().isBlank()) {
                    throw error(file, item.pos(), "each item of '" + key + "' in " + what + " must be a non-empty text");
                }
                out.add(new Located(s.text().strip(), s.pos()));
            }
            return out;
        }

        Integer optionalInt(String key) throws CatalogException {
            if (!has(key)) {
                return null;
            }
            Node value = field(key).value();
            if (value instanceof Scalar s && s.token() == JsonToken.VALUE_NUMBER_INT) {
                try {
                    return Integer.valueOf(s.text().strip());
                } catch (NumberFormatException e) {
                    // falls through to the error below
                }
            }
            throw error(file, value.pos(), "'" + key + "' in " + what + " must be a whole number");
        }

        boolean optionalBoolean(String key, boolean defaultValue) throws CatalogException {
            if (!has(key)) {
                return defaultValue;
            }
            Node value = field(key).value();
            if (value instanceof Scalar s && (s.token() == JsonToken.VALUE_TRUE || s.token() == JsonToken.VALUE_FALSE)) {
                return s.token() == JsonToken.VALUE_TRUE;
            }
            throw error(file, value.pos(), "'" + key + "' in " + what + " must be true or false");
        }

        /** The items of a required list. */
        List<Node> requiredList(String key) throws CatalogException {
            Field f = required(key);
            if (!(f.value() instanceof Seq seq)) {
                throw error(file, f.value().pos(), "'" + key + "' in " + what + " must be a list, not " + f.value().kind());
            }
            return seq.items();
        }

        /** The fields of a required mapping, in file order. */
        List<Field> requiredMapping(String key) throws CatalogException {
            return mappingFields(required(key));
        }

        List<Field> optionalMapping(String key) throws CatalogException {
            return has(key) ? mappingFields(field(key)) : List.of();
        }

        private List<Field> mappingFields(Field f) throws CatalogException {
            if (!(f.value() instanceof Mapping m)) {
                throw error(file, f.value().pos(), "'" + f.key() + "' in " + what + " must be a mapping, not " + f.value().kind());
            }
            return List.copyOf(m.fields().values());
        }

        /** The text of a field's scalar value. */
        String text(Field f) throws CatalogException {
            if (!(f.value() instanceof Scalar s) || s.text() == null || s.text().isBlank()) {
                throw error(file, f.value().pos(), "'" + f.key() + "' in " + what + " must be a non-empty text, not " + f.value().kind());
            }
            return s.text().strip();
        }
    }

    /** The text of a mapping's {@code id} field, to name the mapping in messages; null when it has none. */
    static String idOf(Node node) {
        if (node instanceof Mapping m && m.fields().get("id") != null && m.fields().get("id").value() instanceof Scalar s) {
            return s.text();
        }
        return null;
    }

    /** A text with the position it was read from. */
    record Located(String text, Pos pos) {
    }

    static CatalogException error(String file, Pos pos, String problem) {
        return new CatalogException(file, pos.line(), pos.column(), problem);
    }
}
