package io.wasmfit.generator.java;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.wasmfit.analyzer.index.JdkTypes;
import io.wasmfit.analyzer.index.RepoIndex;
import io.wasmfit.matrix.CatalogEntry;
import io.wasmfit.matrix.LibraryCatalog;
import io.wasmfit.matrix.LibraryVerdict;
import io.wasmfit.matrix.TargetLanguage;

/**
 * Which types a Java satellite cannot hold. Its pom has no dependencies, so every type from outside
 * the repository and the JDK stays behind; of the JDK, the areas the library catalog marks
 * unsupported for Java (java.net.http, sockets, JDBC) do too.
 */
final class LibraryTypes {

    private final RepoIndex index;
    private final LibraryCatalog catalog;

    LibraryTypes(RepoIndex index, LibraryCatalog catalog) {
        this.index = index;
        this.catalog = catalog;
    }

    /** True for a resolved type name the satellite cannot compile against; false for names that are not types (type variables). */
    boolean cannotMove(String fqn) {
        if (fqn == null || !fqn.contains(".") || index.isLocal(fqn)) {
            return false;
        }
        if (JdkTypes.exists(fqn)) {
            return entry(fqn).map(e -> e.verdict(TargetLanguage.JAVA) == LibraryVerdict.UNSUPPORTED).orElse(false);
        }
        return true;
    }

    Optional<CatalogEntry> entry(String fqn) {
        return catalog.forType(fqn);
    }

    /** "StringRedisTemplate (Spring Data Redis)", or the simple name alone when the catalog does not know it. */
    String describe(String fqn) {
        String simple = fqn.substring(fqn.lastIndexOf('.') + 1);
        return entry(fqn).map(e -> simple + " (" + e.name() + ")").orElse(simple);
    }

    /** "A (x) and B (y)" for the types given, in order, each once. */
    String describeAll(List<String> fqns) {
        List<String> each = new LinkedHashSet<>(fqns).stream().map(this::describe).toList();
        if (each.size() == 1) {
            return each.get(0);
        }
        return String.join(", ", each.subList(0, each.size() - 1)) + " and " + each.get(each.size() - 1);
    }

    /** The Spin replacements the catalog names for these types, each once ("Spin outbound Redis API"). */
    Set<String> replacements(List<String> fqns) {
        return fqns.stream().map(this::entry).flatMap(Optional::stream).map(CatalogEntry::replacement)
                .filter(r -> r != null && !r.isBlank()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The language-matrix features of those replacements ("outbound-redis"), each once. */
    Set<String> spinFeatures(List<String> fqns) {
        return fqns.stream().map(this::entry).flatMap(Optional::stream).flatMap(e -> e.spinFeatures().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
