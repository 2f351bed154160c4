package io.wasmfit.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Measures {@link LibraryCatalog#forType} against a linear scan over every prefix of the same
 * catalog, in the same run. Not a test: run it with
 * {@code java -cp language-matrix/target/test-classes:language-matrix/target/classes:<deps> io.wasmfit.matrix.CatalogLookupBenchmark}.
 */
public final class CatalogLookupBenchmark {

    private CatalogLookupBenchmark() {
    }

    public static void main(String[] args) {
        LibraryCatalog catalog = LibraryCatalog.builtIn();
        List<String> names = new ArrayList<>();
        for (CatalogEntry e : catalog.entries()) {
            for (String p : e.packages()) {
                names.add(p + ".internal.SomeType");
                names.add("com.example.shop." + p.replace('.', '_') + ".Local");
            }
        }
        int rounds = 200;
        long sink = 0;
        for (int warm = 0; warm < 3; warm++) {
            sink += time(() -> trie(catalog, names, rounds)) + time(() -> linear(catalog, names, rounds / 10));
        }
        long trieNanos = time(() -> trie(catalog, names, rounds));
        long linearNanos = time(() -> linear(catalog, names, rounds / 10)) * 10;
        long lookups = (long) names.size() * rounds;
        System.out.printf("entries=%d prefixes=%d lookups=%d%n", catalog.entries().size(), names.size() / 2, lookups);
        System.out.printf("trie:   %.0f ns/lookup%n", (double) trieNanos / lookups);
        System.out.printf("linear: %.0f ns/lookup (baseline, same run)%n", (double) linearNanos / lookups);
        System.out.printf("speed-up: %.1fx%n", (double) linearNanos / trieNanos);
        if (sink == 42) {
            System.out.println();
        }
    }

    private static long time(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return System.nanoTime() - start;
    }

    private static int trie(LibraryCatalog catalog, List<String> names, int rounds) {
        int found = 0;
        for (int i = 0; i < rounds; i++) {
            for (String n : names) {
                found += catalog.forType(n).isPresent() ? 1 : 0;
            }
        }
        return found;
    }

    /** What a straightforward implementation would do: test every prefix, keep the longest. */
    private static int linear(LibraryCatalog catalog, List<String> names, int rounds) {
        int found = 0;
        for (int i = 0; i < rounds; i++) {
            for (String n : names) {
                Optional<CatalogEntry> best = Optional.empty();
                int bestLength = -1;
                for (CatalogEntry e : catalog.entries()) {
                    for (String p : e.packages()) {
                        if (p.length() > bestLength && n.startsWith(p)
                                && (n.length() == p.length() || n.charAt(p.length()) == '.' || n.charAt(p.length()) == '$')) {
                            best = Optional.of(e);
                            bestLength = p.length();
                        }
                    }
                }
                found += best.isPresent() ? 1 : 0;
            }
        }
        return found;
    }
}
