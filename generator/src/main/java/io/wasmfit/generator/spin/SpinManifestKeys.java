package io.wasmfit.generator.spin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;

/**
 * The keys Spin's version 2 manifest allows (resource {@code spin-manifest-v2-keys.txt}, with its
 * sources), and a check of a manifest against them. Spin rejects unknown keys, so wasmfit checks
 * every manifest it writes.
 */
public final class SpinManifestKeys {

    private static final Set<String> ALLOWED = load();

    private SpinManifestKeys() {
    }

    public static Set<String> allowed() {
        return ALLOWED;
    }

    /** The key paths of {@code toml} that Spin would reject, sorted; throws on text that is not TOML. */
    public static List<String> unknownKeys(String toml) throws IOException {
        JsonNode root = new TomlMapper().readTree(toml);
        Set<String> unknown = new TreeSet<>();
        walk(root, "", unknown);
        return new ArrayList<>(unknown);
    }

    private static void walk(JsonNode node, String path, Set<String> unknown) {
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (item.isObject()) {
                    walk(item, path + "[]", unknown);
                }
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String key = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
            String pattern = match(key);
            if (pattern == null) {
                unknown.add(key);
            } else if (!isOpen(pattern)) {
                walk(f.getValue(), key, unknown);
            }
        }
    }

    /** The allowed pattern that {@code key} matches ('*' stands for one user-defined name), or null. */
    private static String match(String key) {
        if (ALLOWED.contains(key)) {
            return key;
        }
        String[] parts = key.split("\\.");
        for (String pattern : ALLOWED) {
            String[] p = pattern.split("\\.");
            if (p.length == parts.length && segmentsMatch(p, parts)) {
                return pattern;
            }
        }
        // a table that holds allowed keys (component.x.environment above component.*.environment.*)
        for (String pattern : ALLOWED) {
            String[] p = pattern.split("\\.");
            if (p.length > parts.length && segmentsMatch(java.util.Arrays.copyOf(p, parts.length), parts)) {
                return String.join(".", java.util.Arrays.copyOf(p, parts.length));
            }
        }
        return null;
    }

    private static boolean segmentsMatch(String[] pattern, String[] parts) {
        for (int i = 0; i < pattern.length; i++) {
            if (!pattern[i].equals("*") && !pattern[i].equals(parts[i])) {
                return false;
            }
        }
        return true;
    }

    /** A pattern ending in '*' with no listed keys below it is a user-defined table: anything goes inside. */
    private static boolean isOpen(String pattern) {
        return pattern.endsWith("*") && ALLOWED.stream().noneMatch(p -> p.startsWith(pattern + "."));
    }

    private static Set<String> load() {
        try (InputStream in = SpinManifestKeys.class.getResourceAsStream("/io/wasmfit/generator/spin-manifest-v2-keys.txt")) {
            if (in == null) {
                throw new IllegalStateException("spin-manifest-v2-keys.txt is missing from the class path");
            }
            Set<String> keys = new TreeSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    keys.add(l);
                }
            }
            return Set.copyOf(keys);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read spin-manifest-v2-keys.txt", e);
        }
    }
}
