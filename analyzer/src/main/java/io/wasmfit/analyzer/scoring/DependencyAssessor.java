package io.wasmfit.analyzer.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import io.wasmfit.analyzer.closure.ClosureResult;
import io.wasmfit.analyzer.index.JdkTypes;
import io.wasmfit.analyzer.workspace.BuildDependency;
import io.wasmfit.matrix.CatalogEntry;
import io.wasmfit.matrix.LibraryCatalog;
import io.wasmfit.matrix.LibraryVerdict;
import io.wasmfit.matrix.TargetLanguage;
import io.wasmfit.model.Blocker;
import io.wasmfit.model.Dependency;
import io.wasmfit.model.Evidence;
import io.wasmfit.rules.Criterion;
import io.wasmfit.rules.Scoring;

/**
 * Ties the external types a closure touches to libraries (catalog entries, else declared build
 * dependencies, else the JDK or a package root) and judges each for the target language: one
 * dependency and, unless it is supported, one evidence item per library.
 */
final class DependencyAssessor {

    private final LibraryCatalog catalog;
    private final TargetLanguage target;
    private final Scoring scoring;
    private final List<BuildDependency> declared;

    DependencyAssessor(LibraryCatalog catalog, TargetLanguage target, Scoring scoring, List<BuildDependency> declared) {
        this.catalog = catalog;
        this.target = target;
        this.scoring = scoring;
        this.declared = declared;
    }

    record Result(List<Dependency> dependencies, List<Evidence> evidence, List<Blocker> blockers) {
    }

    private static final class Library {
        final String key;
        final String name;
        final CatalogEntry entry;
        final TreeSet<String> types = new TreeSet<>();
        ClosureResult.Place first;

        Library(String key, String name, CatalogEntry entry) {
            this.key = key;
            this.name = name;
            this.entry = entry;
        }
    }

    Result assess(Map<String, ClosureResult.Place> externalTypes) {
        Map<String, Library> libraries = new LinkedHashMap<>();
        externalTypes.forEach((type, place) -> {
            Library lib = libraryOf(type, libraries);
            lib.types.add(type);
            if (lib.first == null) {
                lib.first = place;
            }
        });
        List<Dependency> deps = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        List<Blocker> blockers = new ArrayList<>();
        for (Library lib : libraries.values()) {
            LibraryVerdict verdict = lib.entry == null ? LibraryVerdict.UNKNOWN : lib.entry.verdict(target);
            String reason = lib.entry != null ? lib.entry.reason() : "not in wasmfit's library catalog, so not known to work in Wasm";
            String replacement = lib.entry == null ? null : lib.entry.replacement();
            deps.add(new Dependency(lib.name, verdict, replacement, reason, List.copyOf(lib.types)));
            int points = lib.entry != null && lib.entry.points() != null && verdict != LibraryVerdict.SUPPORTED
                    ? lib.entry.points() : scoring.dependencyPoints(verdict.key());
            if (verdict != LibraryVerdict.SUPPORTED || points != 0) {
                String ruleId = "catalog:" + (lib.entry == null ? "unknown" : lib.entry.id());
                evidence.add(new Evidence(ruleId, Criterion.DEPENDENCY_SUPPORTED, points,
                        message(lib, verdict, reason, replacement), lib.first.file(), lib.first.line(), null));
                if (lib.entry != null && lib.entry.blocker() && verdict != LibraryVerdict.SUPPORTED) {
                    blockers.add(new Blocker(ruleId, lib.entry.name() + ": " + reason, lib.first.file(), lib.first.line()));
                }
            }
        }
        deps.sort(Comparator.comparing((Dependency d) -> severity(d.verdict())).thenComparing(Dependency::library));
        return new Result(deps, evidence, blockers);
    }

    private Library libraryOf(String type, Map<String, Library> libraries) {
        Optional<CatalogEntry> entry = catalog.forType(type);
        if (entry.isPresent()) {
            CatalogEntry e = entry.get();
            return libraries.computeIfAbsent("entry:" + e.id(), k -> new Library(k, declaredName(e), e));
        }
        BuildDependency dep = declaredFor(type);
        if (dep != null) {
            Optional<CatalogEntry> byCoords = catalog.forCoordinates(dep.groupId(), dep.artifactId());
            return libraries.computeIfAbsent("dep:" + dep.coordinates(),
                    k -> new Library(k, dep.coordinates(), byCoords.orElse(null)));
        }
        String pkg = packageOf(type);
        String name = JdkTypes.exists(type) ? "jdk:" + pkg : packageRoot(pkg);
        return libraries.computeIfAbsent("pkg:" + name, k -> new Library(k, name, null));
    }

    /** The coordinates the build declares for a catalog entry, else the entry's own. */
    private String declaredName(CatalogEntry e) {
        for (BuildDependency d : declared) {
            if (e.coordinates().contains(d.coordinates())) {
                return d.coordinates();
            }
        }
        return e.library();
    }

    /**
     * A declared dependency that plausibly holds the type: its group id prefixes the package and
     * the rest of the package shares a word with the artifact id ({@code org.springframework.data.redis}
     * fits {@code spring-data-redis}, not {@code spring-jms}).
     */
    private BuildDependency declaredFor(String type) {
        String pkg = packageOf(type);
        BuildDependency best = null;
        for (BuildDependency d : declared) {
            if (!pkg.equals(d.groupId()) && !pkg.startsWith(d.groupId() + ".")) {
                continue;
            }
            String rest = pkg.substring(d.groupId().length());
            boolean fits = rest.isEmpty() || java.util.Arrays.stream(rest.split("\\."))
                    .anyMatch(word -> !word.isEmpty() && java.util.Arrays.asList(d.artifactId().split("[-.]")).contains(word));
            if (fits && (best == null || d.groupId().length() > best.groupId().length())) {
                best = d;
            }
        }
        return best;
    }

    private static String message(Library lib, LibraryVerdict verdict, String reason, String replacement) {
        String types = String.join(", ", lib.types.stream().map(DependencyAssessor::simple).limit(4).toList())
                + (lib.types.size() > 4 ? " and " + (lib.types.size() - 4) + " more" : "");
        String name = lib.entry != null ? lib.entry.name() : lib.name;
        return name + " is " + verdict.key() + " in Wasm (" + types + "): " + reason
                + (replacement == null ? "" : "; Spin replacement: " + replacement);
    }

    private static int severity(LibraryVerdict v) {
        return switch (v) {
            case UNSUPPORTED -> 0;
            case REPLACEABLE -> 1;
            case UNKNOWN -> 2;
            case SUPPORTED -> 3;
        };
    }

    private static String packageOf(String type) {
        String[] parts = type.split("\\.");
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (!p.isEmpty() && Character.isUpperCase(p.charAt(0))) {
                break;
            }
            sb.append(sb.length() == 0 ? "" : ".").append(p);
        }
        return sb.length() == 0 ? type : sb.toString();
    }

    /** {@code com.stripe.model.checkout} → {@code com.stripe}: a stand-in name for an unknown library. */
    private static String packageRoot(String pkg) {
        String[] parts = pkg.split("\\.");
        int keep = parts.length > 2 && parts[0].length() <= 3 ? 2 : Math.min(parts.length, 2);
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(keep, parts.length)));
    }

    private static String simple(String fqn) {
        int dot = fqn.lastIndexOf('.');
        return dot < 0 ? fqn : fqn.substring(dot + 1);
    }
}
