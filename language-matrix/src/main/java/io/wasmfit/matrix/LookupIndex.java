package io.wasmfit.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The two lookups of the catalog. Type names go through a trie of name segments, so a lookup
 * costs one map probe per segment whatever the catalog's size, and the deepest entry on the path
 * is the longest matching prefix. Coordinates go through a hash map, then wildcard patterns from
 * the most specific down. Later {@link #put} calls take over what earlier ones claimed.
 */
final class LookupIndex {

    private final Node root = new Node();
    private final Map<String, CatalogEntry> exactCoordinates = new HashMap<>();
    private final List<CoordinatePattern> patterns = new ArrayList<>();

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        CatalogEntry entry;
    }

    private record CoordinatePattern(String text, Pattern regex, int literalLength, CatalogEntry entry) {
    }

    void put(CatalogEntry entry) {
        for (String prefix : entry.packages()) {
            Node node = root;
            for (String segment : prefix.split("\\.")) {
                node = node.children.computeIfAbsent(segment, s -> new Node());
            }
            node.entry = entry;
        }
        for (String coordinate : entry.coordinates()) {
            if (coordinate.indexOf('*') < 0) {
                exactCoordinates.put(coordinate, entry);
            } else {
                patterns.removeIf(p -> p.text().equals(coordinate));
                patterns.add(new CoordinatePattern(coordinate, glob(coordinate), coordinate.replace("*", "").length(), entry));
            }
        }
        patterns.sort(Comparator.comparingInt(CoordinatePattern::literalLength).reversed());
    }

    /**
     * The entry of the longest prefix of {@code typeName} made of whole segments; {@code .} and
     * {@code $} both separate segments, and generic or array suffixes are ignored.
     */
    Optional<CatalogEntry> forType(String typeName) {
        CatalogEntry best = null;
        Node node = root;
        int start = 0;
        int length = typeName.length();
        while (start < length) {
            int end = start;
            char c = 0;
            while (end < length && (c = typeName.charAt(end)) != '.' && c != '$' && c != '<' && c != '[') {
                end++;
            }
            node = node.children.get(typeName.substring(start, end));
            if (node == null) {
                break;
            }
            if (node.entry != null) {
                best = node.entry;
            }
            if (end >= length || c == '<' || c == '[') {
                break;
            }
            start = end + 1;
        }
        return Optional.ofNullable(best);
    }

    Optional<CatalogEntry> forCoordinates(String groupId, String artifactId) {
        String coordinate = groupId.strip() + ":" + artifactId.strip();
        CatalogEntry exact = exactCoordinates.get(coordinate);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (CoordinatePattern p : patterns) {
            if (p.regex().matcher(coordinate).matches()) {
                return Optional.of(p.entry());
            }
        }
        return Optional.empty();
    }

    private static Pattern glob(String coordinate) {
        String[] parts = coordinate.split("\\*", -1);
        StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            regex.append("[^:]*").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString());
    }
}
