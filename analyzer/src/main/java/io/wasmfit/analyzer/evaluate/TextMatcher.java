package io.wasmfit.analyzer.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

import io.wasmfit.rules.Match;

/**
 * Evaluates {@code text} matches: a regular expression in the lines of the method being matched,
 * or, when the match names other files (a {@code files} pattern the method's file does not fit),
 * in every such workspace file, once per scan.
 */
final class TextMatcher {

    private final SourceLines sources;
    private final Map<Match.Text, List<Hit>> elsewhere = new ConcurrentHashMap<>();

    TextMatcher(SourceLines sources) {
        this.sources = sources;
    }

    /** Hits in {@code file} between lines {@code from} and {@code to} (1-based, inclusive), or elsewhere. */
    List<Hit> hits(Match.Text m, String file, int from, int to) {
        if (m.files() == null || m.files().matcher(file).find()) {
            return scan(m, file, from, to);
        }
        return elsewhere.computeIfAbsent(m, k -> {
            List<Hit> out = new ArrayList<>();
            for (String f : sources.files()) {
                if (m.files().matcher(f).find()) {
                    out.addAll(scan(m, f, 1, Integer.MAX_VALUE));
                }
            }
            return List.copyOf(out);
        });
    }

    private List<Hit> scan(Match.Text m, String file, int from, int to) {
        List<String> lines = sources.lines(file);
        List<Hit> out = new ArrayList<>();
        for (int i = Math.max(1, from); i <= Math.min(to, lines.size()); i++) {
            Matcher matcher = m.pattern().matcher(lines.get(i - 1));
            if (matcher.find()) {
                out.add(new Hit(file, i, Map.of("text", List.of(matcher.group()))));
            }
        }
        return out;
    }
}
