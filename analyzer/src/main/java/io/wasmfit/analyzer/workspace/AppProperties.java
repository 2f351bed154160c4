package io.wasmfit.analyzer.workspace;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import io.wasmfit.model.Problem;

/**
 * Spring-style configuration ({@code application*.properties|yml}) flattened to dotted keys, so
 * that annotation values like {@code cron = "${shop.cleanup.cron}"} can be shown as what runs.
 * The default profile's files are read first; the first value found for a key wins.
 */
public final class AppProperties {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

    private final Map<String, String> values;

    private AppProperties(Map<String, String> values) {
        this.values = values;
    }

    public static AppProperties empty() {
        return new AppProperties(Map.of());
    }

    public static AppProperties read(WorkspaceFiles files, List<Problem> problems) {
        Map<String, String> values = new TreeMap<>();
        List<Path> ordered = new ArrayList<>(files.configFiles());
        ordered.sort((a, b) -> Boolean.compare(isProfile(a), isProfile(b)));
        for (Path file : ordered) {
            try {
                if (file.getFileName().toString().endsWith(".properties")) {
                    Properties p = new Properties();
                    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        p.load(r);
                    }
                    p.stringPropertyNames().forEach(k -> values.putIfAbsent(k, p.getProperty(k)));
                } else {
                    Load load = new Load(LoadSettings.builder().setLabel(file.toString()).build());
                    for (Object doc : load.loadAllFromString(Files.readString(file, StandardCharsets.UTF_8))) {
                        flatten("", doc, values);
                    }
                }
            } catch (IOException | RuntimeException e) {
                problems.add(new Problem(files.relative(file), 0, "configuration file not understood ("
                        + e.getMessage() + "); its values were not used"));
            }
        }
        return new AppProperties(values);
    }

    /** {@code ${key}} and {@code ${key:default}} replaced; unknown keys are left as written. */
    public String resolve(String text) {
        if (text == null || !text.contains("${")) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1).strip());
            if (value == null) {
                value = m.group(2) != null ? m.group(2) : m.group();
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static boolean isProfile(Path p) {
        return p.getFileName().toString().startsWith("application-");
    }

    private static void flatten(String prefix, Object node, Map<String, String> out) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, out));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), out);
            }
        } else if (node != null && !prefix.isEmpty()) {
            out.putIfAbsent(prefix, String.valueOf(node));
        }
    }
}
