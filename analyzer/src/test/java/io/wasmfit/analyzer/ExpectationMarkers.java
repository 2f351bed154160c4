package io.wasmfit.analyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code // expect: trigger=http method=GET route=/x verdict=strong} markers from fixture
 * sources. A marker belongs to the method declared below it (after its annotations); its line is
 * the line of the method's name, which is where a candidate's location points.
 */
public record ExpectationMarkers(List<Marker> markers) {

    private static final Pattern MARKER = Pattern.compile("^\\s*// expect: (.*)$");
    private static final Pattern PAIR = Pattern.compile("(\\w+)=(\"[^\"]*\"|\\S+)");

    public record Marker(String file, int methodLine, Map<String, String> expected) {
    }

    public static ExpectationMarkers read(Path root) {
        List<Marker> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = MARKER.matcher(lines.get(i));
                    if (m.matches()) {
                        Map<String, String> expected = new LinkedHashMap<>();
                        Matcher p = PAIR.matcher(m.group(1));
                        while (p.find()) {
                            expected.put(p.group(1), p.group(2).replaceAll("^\"|\"$", ""));
                        }
                        out.add(new Marker(root.relativize(f).toString().replace('\\', '/'), methodLine(lines, i + 1), expected));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExpectationMarkers(out);
    }

    /** The 1-based line of the first line after {@code from} that is not an annotation and opens a parameter list. */
    private static int methodLine(List<String> lines, int from) {
        int depth = 0;
        for (int i = from; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (depth == 0 && !l.startsWith("@") && !l.isEmpty() && l.contains("(")) {
                return i + 1;
            }
            depth += count(l, '(') - count(l, ')');
        }
        return -1;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }
}
