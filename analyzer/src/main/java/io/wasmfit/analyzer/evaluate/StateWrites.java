package io.wasmfit.analyzer.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.wasmfit.analyzer.facts.CallFact;
import io.wasmfit.analyzer.facts.FieldFact;
import io.wasmfit.analyzer.facts.MethodFacts;
import io.wasmfit.analyzer.facts.Receiver;
import io.wasmfit.analyzer.index.JdkTypes;
import io.wasmfit.analyzer.index.RepoIndex;
import io.wasmfit.analyzer.index.TypeEntry;

/**
 * The facts {@code static-state-write} and {@code instance-state-write}: a method that changes a
 * collection, map, cache or counter held in a field ({@code VISITS.merge(...)},
 * {@code cache.put(...)}), so that the state outlives the request in a JVM but not in Spin, which
 * runs every request in a fresh instance. Constructors and initializers only set state up and do
 * not count; a static field that is not final counts wherever its type is reached.
 */
final class StateWrites {

    private static final Set<String> MUTATORS = Set.of("put", "putAll", "putIfAbsent", "merge", "compute",
            "computeIfAbsent", "computeIfPresent", "replace", "replaceAll", "remove", "removeIf", "removeAll",
            "retainAll", "clear", "add", "addAll", "addFirst", "addLast", "offer", "offerFirst", "offerLast", "push",
            "pop", "poll", "set", "incrementAndGet", "decrementAndGet", "getAndIncrement", "getAndDecrement",
            "addAndGet", "getAndAdd", "getAndSet", "accumulateAndGet", "updateAndGet", "getAndUpdate",
            "compareAndSet", "increment", "decrement", "invalidate", "invalidateAll");
    private static final Pattern MUTABLE_TYPE = Pattern.compile(
            ".*(Map|List|Set|Queue|Deque|Collection|Cache|Counter|Registry)|Atomic.*|Concurrent.*|Long(Adder|Accumulator)|Vector|Stack|Properties");

    private final RepoIndex index;

    StateWrites(RepoIndex index) {
        this.index = index;
    }

    List<Hit> hits(TypeEntry type, MethodFacts method, boolean initializer, String file, boolean statics) {
        List<Hit> out = new ArrayList<>();
        if (statics) {
            for (FieldFact f : type.type().fields()) {
                if (f.isStatic() && !f.isFinal()) {
                    out.add(new Hit(file, f.line(), Map.of("field", List.of(f.name()))));
                }
            }
        }
        if (initializer || method.isConstructor()) {
            return out;
        }
        for (CallFact call : method.calls()) {
            if (!MUTATORS.contains(call.name())) {
                continue;
            }
            RepoIndex.FieldLookup field = field(call.receiver(), type);
            if (field != null && field.field().isStatic() == statics && holdsState(field)) {
                out.add(new Hit(file, call.line(), Map.of("field", List.of(field.field().name()))));
            }
        }
        return out;
    }

    /** The field a call is made on: {@code x.put}, {@code this.x.put}, {@code Holder.X.put}. */
    private RepoIndex.FieldLookup field(Receiver receiver, TypeEntry type) {
        if (receiver instanceof Receiver.Field f) {
            return index.findField(type.fqn(), f.name());
        }
        if (receiver instanceof Receiver.Name n) {
            int dot = n.name().lastIndexOf('.');
            if (dot < 0) {
                return index.findField(type.fqn(), n.name());
            }
            String owner = index.resolveType(n.name().substring(0, dot), type);
            return owner == null || !index.isLocal(owner) ? null : index.findField(owner, n.name().substring(dot + 1));
        }
        return null;
    }

    /**
     * A field made with a new collection, or declared as a JDK collection, map or atomic. A field
     * of a repository type (a StockCache wrapping Redis) is judged inside that type's own methods.
     */
    private boolean holdsState(RepoIndex.FieldLookup lookup) {
        FieldFact f = lookup.field();
        if (f.mutableInit()) {
            return true;
        }
        String type = index.resolveType(f.type(), lookup.owner());
        return type != null && JdkTypes.exists(type)
                && MUTABLE_TYPE.matcher(type.substring(type.lastIndexOf('.') + 1)).matches();
    }
}
