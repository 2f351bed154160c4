package io.wasmfit.analyzer.closure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.wasmfit.analyzer.facts.AnnotationFact;
import io.wasmfit.analyzer.facts.MethodFacts;
import io.wasmfit.analyzer.index.MethodRef;
import io.wasmfit.analyzer.index.RepoIndex;
import io.wasmfit.analyzer.index.ResolvedMethod;
import io.wasmfit.analyzer.index.Resolver;
import io.wasmfit.analyzer.index.TypeEntry;

/**
 * Follows calls from an entry method through the repository, breadth first, with a depth and a
 * size bound; every method is visited once, so cycles are safe. Reaching a type also reaches its
 * field initializers and makes its external supertypes touched.
 */
public final class ClosureBuilder {

    private final Resolver resolver;
    private final int maxDepth;
    private final int maxMethods;

    public ClosureBuilder(Resolver resolver, int maxDepth, int maxMethods) {
        this.resolver = resolver;
        this.maxDepth = maxDepth;
        this.maxMethods = maxMethods;
    }

    private record Step(MethodRef ref, int depth) {
    }

    public ClosureResult build(MethodRef entry) {
        RepoIndex index = resolver.index();
        Set<MethodRef> visited = new HashSet<>();
        List<MethodRef> order = new ArrayList<>();
        Set<String> types = new LinkedHashSet<>();
        Map<String, ClosureResult.Place> external = new LinkedHashMap<>();
        Deque<Step> queue = new ArrayDeque<>();
        queue.add(new Step(entry, 0));
        visited.add(entry);
        int unresolved = 0;
        int lines = 0;
        boolean truncated = false;
        while (!queue.isEmpty()) {
            Step step = queue.poll();
            MethodRef ref = step.ref();
            TypeEntry type = index.type(ref.typeFqn());
            reach(type, step.depth(), index, types, external, visited, queue);
            order.add(ref);
            if (!ref.isInitializer()) {
                lines += ref.facts(index).lineCount();
            }
            ResolvedMethod resolved = resolver.resolve(ref);
            unresolved += resolved.unresolved();
            String file = type.file().path();
            resolved.externalTypes().forEach((t, line) -> external.putIfAbsent(t, new ClosureResult.Place(file, line)));
            for (String used : resolved.localTypes()) {
                reach(index.type(used), step.depth(), index, types, external, visited, queue);
            }
            for (MethodRef callee : resolved.callees()) {
                if (visited.contains(callee)) {
                    continue;
                }
                if (step.depth() + 1 > maxDepth || visited.size() >= maxMethods) {
                    truncated = true;
                    continue;
                }
                visited.add(callee);
                queue.add(new Step(callee, step.depth() + 1));
            }
        }
        List<String> sortedTypes = new ArrayList<>(types);
        sortedTypes.sort(null);
        return new ClosureResult(entry, order, sortedTypes, external, unresolved, truncated, lines);
    }

    /**
     * The first time a type is reached: its external supertypes become touched (a repository
     * interface extending JpaRepository brings Spring Data in) and its field initializers run.
     */
    private static void reach(TypeEntry type, int depth, RepoIndex index, Set<String> types,
                              Map<String, ClosureResult.Place> external, Set<MethodRef> visited, Deque<Step> queue) {
        if (!types.add(type.fqn())) {
            return;
        }
        String file = type.file().path();
        for (String sup : index.allSupertypes(type.fqn())) {
            if (!index.isLocal(sup)) {
                external.putIfAbsent(sup, new ClosureResult.Place(file, type.type().line()));
            }
        }
        // Annotations on the type and its fields (@Entity, @Column, @Cacheable...) are dependencies too.
        List<AnnotationFact> annotations = new ArrayList<>(type.type().annotations());
        type.type().fields().forEach(f -> annotations.addAll(f.annotations()));
        for (AnnotationFact a : annotations) {
            String resolved = index.resolveType(a.name(), type);
            if (resolved != null && !index.isLocal(resolved)) {
                external.putIfAbsent(resolved, new ClosureResult.Place(file, a.line()));
            }
        }
        MethodRef init = new MethodRef(type.fqn(), MethodRef.INITIALIZER);
        MethodFacts facts = init.facts(index);
        if ((!facts.calls().isEmpty() || !facts.news().isEmpty()) && visited.add(init)) {
            queue.add(new Step(init, depth));
        }
    }
}
