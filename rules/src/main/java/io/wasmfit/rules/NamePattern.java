package io.wasmfit.rules;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A pattern for Java names (and annotation values such as media types) as rule files write them: {@code *} matches any run of characters
 * (dots included) and {@code {Get,Post}Mapping} lists alternatives; several patterns match if any
 * does. Everything else is literal, so a plain fully qualified name matches only itself.
 */
public final class NamePattern {

    /** Names repeat across a repository (get, put, java.lang.String...): remember answers, up to a bound. */
    private static final int MEMO_LIMIT = 8192;

    private final List<String> sources;
    private final Pattern regex;
    /** What the last name segment must look like: lets a matcher reject {@code @Override} without resolving it. */
    private final Pattern simpleName;
    private final Map<String, Boolean> memo = new ConcurrentHashMap<>();
    private final Map<String, Boolean> simpleMemo = new ConcurrentHashMap<>();
    /** Every name the pattern matches, when it has no '*': then matching is a set lookup. */
    private final java.util.Set<String> literals;
    /** The same for last segments: the pre-check runs for every method against every rule. */
    private final java.util.Set<String> simpleLiterals;

    private NamePattern(List<String> sources, Pattern regex, Pattern simpleName) {
        this.sources = List.copyOf(sources);
        this.regex = regex;
        this.simpleName = simpleName;
        this.literals = expand(sources);
        this.simpleLiterals = expand(sources.stream().map(NamePattern::lastSegment).toList());
    }

    /** The names a list of globs stands for, or null when one has a '*' (or too many alternatives). */
    private static java.util.Set<String> expand(List<String> globs) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String glob : globs) {
            if (glob.contains("*")) {
                return null;
            }
            List<String> names = List.of("");
            int i = 0;
            while (i < glob.length()) {
                int open = glob.indexOf('{', i);
                String literal = glob.substring(i, open < 0 ? glob.length() : open);
                names = names.stream().map(n -> n + literal).toList();
                if (open < 0) {
                    break;
                }
                int close = glob.indexOf('}', open);
                String[] options = glob.substring(open + 1, close).split(",", -1);
                List<String> next = new java.util.ArrayList<>();
                for (String n : names) {
                    for (String o : options) {
                        next.add(n + o);
                    }
                }
                names = next;
                if (names.size() > 4096) {
                    return null;
                }
                i = close + 1;
            }
            out.addAll(names);
        }
        return java.util.Set.copyOf(out);
    }

    /** @throws IllegalArgumentException with a message for the user when a pattern is malformed */
    public static NamePattern of(List<String> globs) {
        if (globs.isEmpty()) {
            throw new IllegalArgumentException("a name pattern needs at least one name");
        }
        String alternation = globs.stream().map(NamePattern::toRegex).collect(Collectors.joining("|"));
        String lastSegments = globs.stream().map(NamePattern::lastSegment).map(NamePattern::toRegex)
                .collect(Collectors.joining("|"));
        return new NamePattern(globs, Pattern.compile(alternation), Pattern.compile(lastSegments));
    }

    public static NamePattern of(String glob) {
        return of(List.of(glob));
    }

    public boolean matches(String name) {
        if (name == null) {
            return false;
        }
        if (literals != null) {
            return literals.contains(name);
        }
        return memoized(memo, regex, name);
    }

    private static boolean memoized(Map<String, Boolean> memo, Pattern pattern, String name) {
        Boolean known = memo.get(name);
        if (known != null) {
            return known;
        }
        boolean result = pattern.matcher(name).matches();
        if (memo.size() < MEMO_LIMIT) {
            memo.put(name, result);
        }
        return result;
    }

    /** Every name this pattern matches, when they can be listed (no {@code *}); otherwise null. */
    public java.util.Set<String> literalNames() {
        return literals;
    }

    /** Every last segment of a name this pattern matches, when they can be listed; otherwise null. */
    public java.util.Set<String> simpleLiteralNames() {
        return simpleLiterals;
    }

    /** The patterns as written in the rule file. */
    public List<String> sources() {
        return sources;
    }

    /** Whether this pattern can match a name whose last segment is {@code simpleName} (a cheap pre-check). */
    public boolean mayMatchSimpleName(String simpleName) {
        if (simpleName == null) {
            return false;
        }
        return simpleLiterals != null ? simpleLiterals.contains(simpleName) : memoized(simpleMemo, this.simpleName, simpleName);
    }

    /** The part of a glob after its last dot outside braces, or "*" when a star may span segments there. */
    private static String lastSegment(String glob) {
        int depth = 0;
        int lastDot = -1;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '.' && depth == 0) {
                lastDot = i;
            }
        }
        String last = glob.substring(lastDot + 1);
        return last.contains(".") || last.isEmpty() ? "*" : last;
    }

    private static String toRegex(String glob) {
        if (glob.isBlank()) {
            throw new IllegalArgumentException("empty name pattern");
        }
        StringBuilder out = new StringBuilder("(?:");
        boolean inGroup = false;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> out.append(".*");
                case '{' -> {
                    if (inGroup) {
                        throw new IllegalArgumentException("nested '{' in name pattern '" + glob + "'");
                    }
                    inGroup = true;
                    out.append("(?:");
                }
                case '}' -> {
                    if (!inGroup) {
                        throw new IllegalArgumentException("'}' without '{' in name pattern '" + glob + "'");
                    }
                    inGroup = false;
                    out.append(')');
                }
                case ',' -> out.append(inGroup ? "|" : ",");
                default -> {
                    if (!Character.isJavaIdentifierPart(c) && ".:-$/+".indexOf(c) < 0) {
                        throw new IllegalArgumentException("character '" + c + "' is not allowed in name pattern '"
                                + glob + "' (use letters, digits, '.', ':', '-', '/', '+', '*' and {a,b})");
                    }
                    out.append(Pattern.quote(String.valueOf(c)));
                }
            }
        }
        if (inGroup) {
            throw new IllegalArgumentException("'{' without '}' in name pattern '" + glob + "'");
        }
        return out.append(')').toString();
    }

    @Override
    public String toString() {
        return sources.size() == 1 ? sources.get(0) : sources.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NamePattern other && other.sources.equals(sources);
    }

    @Override
    public int hashCode() {
        return sources.hashCode();
    }
}
