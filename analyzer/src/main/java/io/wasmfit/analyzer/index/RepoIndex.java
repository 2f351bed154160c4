package io.wasmfit.analyzer.index;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.wasmfit.analyzer.facts.FieldFact;
import io.wasmfit.analyzer.facts.FileFacts;
import io.wasmfit.analyzer.facts.MethodFacts;
import io.wasmfit.analyzer.facts.TypeFacts;

/**
 * The repository-wide index of declared types and methods, built once from the facts of every
 * file. It answers what names mean in a file (imports, same package, nested types, the JDK) and
 * walks type hierarchies; answers are cached because closures ask the same questions many times.
 * Thread-safe after construction.
 */
public final class RepoIndex {

    private static final Set<String> PRIMITIVES = Set.of("boolean", "byte", "char", "short", "int", "long", "float",
            "double", "void", "var");

    private final Map<String, TypeEntry> types = new HashMap<>();
    private Map<String, List<String>> directSubtypes;
    private final Set<String> methodNames = new HashSet<>();
    private final List<FileFacts> files;
    private final Map<String, String> resolved = new ConcurrentHashMap<>();
    private final Map<String, List<String>> supertypes = new ConcurrentHashMap<>();
    private final Map<String, List<String>> directSupers = new ConcurrentHashMap<>();
    private final Map<String, List<String>> candidates = new ConcurrentHashMap<>();

    public RepoIndex(Collection<FileFacts> files) {
        this.files = List.copyOf(files);
        for (FileFacts f : files) {
            for (TypeFacts t : f.types()) {
                types.putIfAbsent(t.fqn(), new TypeEntry(t, f));
                t.methods().forEach(m -> methodNames.add(m.name()));
            }
        }
    }

    /** Repository subtypes by supertype, built on first use: only virtual-call dispatch needs them. */
    private synchronized Map<String, List<String>> subtypes() {
        if (directSubtypes == null) {
            Map<String, List<String>> map = new HashMap<>();
            for (TypeEntry t : types.values()) {
                for (String sup : directSupertypes(t)) {
                    if (types.containsKey(sup)) {
                        map.computeIfAbsent(sup, k -> new ArrayList<>()).add(t.fqn());
                    }
                }
            }
            map.values().forEach(l -> l.sort(null));
            directSubtypes = map;
        }
        return directSubtypes;
    }

    public List<FileFacts> files() {
        return files;
    }

    public TypeEntry type(String fqn) {
        return fqn == null ? null : types.get(fqn);
    }

    public boolean isLocal(String fqn) {
        return fqn != null && types.containsKey(fqn);
    }

    public Collection<TypeEntry> types() {
        return types.values();
    }

    /** Whether any repository type declares a method of this name: an unresolved call to it may be a lost edge. */
    public boolean declaresMethodNamed(String name) {
        return methodNames.contains(name);
    }

    /**
     * The fully qualified name a type name means inside {@code context}: nested and outer types,
     * single-type imports, the same package, on-demand imports, java.lang. A name that cannot be
     * pinned down is guessed from the first on-demand import; null for primitives and type variables.
     */
    public String resolveType(String name, TypeEntry context) {
        if (name == null || PRIMITIVES.contains(name)) {
            return null;
        }
        String base = name.endsWith("[]") ? name.substring(0, name.indexOf('[')) : name;
        if (PRIMITIVES.contains(base)) {
            return null;
        }
        String key = context.fqn() + "|" + base;
        String hit = resolved.get(key);
        if (hit == null) {
            String r = resolveUncached(base, context);
            hit = r == null ? "" : r;
            resolved.put(key, hit);
        }
        return hit.isEmpty() ? null : hit;
    }

    /** Every name {@code name} may mean in {@code context}: one when it is certain, each on-demand import otherwise. */
    public List<String> candidateNames(String name, TypeEntry context) {
        return candidates.computeIfAbsent(context.fqn() + "|" + name, k -> computeCandidateNames(name, context));
    }

    private List<String> computeCandidateNames(String name, TypeEntry context) {
        String certain = resolveCertain(name, context, true);
        if (certain != null) {
            return List.of(certain);
        }
        List<String> out = new ArrayList<>();
        if (!name.contains(".")) {
            for (String w : context.file().wildcardImports()) {
                out.add(w + "." + name);
            }
        }
        out.add(name);
        return List.copyOf(out);
    }

    private String resolveUncached(String name, TypeEntry context) {
        return resolve(name, context, true);
    }

    private String resolve(String name, TypeEntry context, boolean inherited) {
        String certain = resolveCertain(name, context, inherited);
        if (certain != null) {
            return certain;
        }
        int dot = name.indexOf('.');
        if (dot > 0) {
            return name;
        }
        for (String w : context.file().wildcardImports()) {
            if (!JdkTypes.exists(w + ".Object")) {
                return w + "." + name;
            }
        }
        return null;
    }

    private String resolveCertain(String name, TypeEntry context, boolean inherited) {
        int dot = name.indexOf('.');
        if (dot > 0) {
            String head = resolveCertain(name.substring(0, dot), context, inherited);
            String rest = name.substring(dot + 1);
            if (head != null) {
                return head + "." + rest;
            }
            if (types.containsKey(name) || JdkTypes.exists(name)) {
                return name;
            }
            return Character.isLowerCase(name.charAt(0)) ? name : null;
        }
        for (TypeEntry scope = context; scope != null; scope = type(scope.type().outerFqn())) {
            if (scope.type().name().equals(name)) {
                return scope.fqn();
            }
            String nested = scope.fqn() + "." + name;
            if (types.containsKey(nested)) {
                return nested;
            }
            String member = inherited ? inheritedMember(scope, name, new HashSet<>()) : null;
            if (member != null) {
                return member;
            }
        }
        FileFacts file = context.file();
        for (String imp : file.imports()) {
            if (imp.endsWith("." + name)) {
                return imp;
            }
        }
        String samePackage = file.packageName().isEmpty() ? name : file.packageName() + "." + name;
        if (types.containsKey(samePackage)) {
            return samePackage;
        }
        for (String w : file.wildcardImports()) {
            if (types.containsKey(w + "." + name) || JdkTypes.exists(w + "." + name)) {
                return w + "." + name;
            }
        }
        if (JdkTypes.exists("java.lang." + name)) {
            return "java.lang." + name;
        }
        return null;
    }

    /** A member type inherited from a repository supertype. */
    private String inheritedMember(TypeEntry t, String name, Set<String> seen) {
        for (String sup : directSupertypes(t)) {
            TypeEntry s = type(sup);
            if (s != null && seen.add(sup)) {
                if (types.containsKey(sup + "." + name)) {
                    return sup + "." + name;
                }
                String deeper = inheritedMember(s, name, seen);
                if (deeper != null) {
                    return deeper;
                }
            }
        }
        return null;
    }

    /** The resolved direct supertypes of a repository type (repository or external names). */
    public List<String> directSupertypes(TypeEntry t) {
        List<String> cached = directSupers.get(t.fqn());
        if (cached != null) {
            return cached;
        }
        List<String> out = new ArrayList<>();
        for (String s : t.type().supertypes()) {
            String r = resolveSupertype(s, t);
            if (r != null) {
                out.add(r);
            }
        }
        List<String> result = List.copyOf(out);
        directSupers.put(t.fqn(), result);
        return result;
    }

    /** Names in extends/implements are resolved without consulting inherited members (that would loop). */
    private String resolveSupertype(String name, TypeEntry t) {
        return resolve(name, t, false);
    }

    /** Every supertype of {@code fqn}, transitively: repository types, their external supertypes, JDK supertypes. */
    public List<String> allSupertypes(String fqn) {
        List<String> known = supertypes.get(fqn); // asked per method and rule: spare the lambda of computeIfAbsent
        if (known != null) {
            return known;
        }
        return supertypes.computeIfAbsent(fqn, k -> {
            Set<String> out = new LinkedHashSet<>();
            Deque<String> todo = new ArrayDeque<>(List.of(k));
            while (!todo.isEmpty()) {
                String cur = todo.pop();
                TypeEntry t = type(cur);
                List<String> direct = t != null ? directSupertypes(t) : JdkTypes.supertypes(cur);
                for (String s : direct) {
                    if (out.add(s)) {
                        todo.push(s);
                    }
                }
            }
            out.remove(k);
            return List.copyOf(out);
        });
    }

    /** Repository subtypes of {@code fqn}, transitively, sorted. */
    public List<String> allSubtypes(String fqn) {
        Map<String, List<String>> subtypes = subtypes();
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(fqn));
        while (!todo.isEmpty()) {
            for (String sub : subtypes.getOrDefault(todo.pop(), List.of())) {
                if (out.add(sub)) {
                    todo.push(sub);
                }
            }
        }
        List<String> sorted = new ArrayList<>(out);
        sorted.sort(null);
        return sorted;
    }

    /** Methods named {@code name} accepting {@code args} arguments, in the type or, if none, its nearest repository supertypes. */
    public List<MethodRef> findMethods(String fqn, String name, int args) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(fqn));
        while (!todo.isEmpty()) {
            String cur = todo.removeFirst();
            TypeEntry t = type(cur);
            if (t == null || !seen.add(cur)) {
                continue;
            }
            List<MethodRef> found = new ArrayList<>();
            List<MethodFacts> methods = t.type().methods();
            for (int i = 0; i < methods.size(); i++) {
                MethodFacts m = methods.get(i);
                if (m.name().equals(name) && m.acceptsArgs(args)) {
                    found.add(new MethodRef(cur, i));
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
            if (!MethodFacts.CONSTRUCTOR.equals(name)) {
                todo.addAll(directSupertypes(t));
            }
        }
        return List.of();
    }

    /** The field {@code name} visible in {@code fqn}: declared there, inherited, or in an outer class. */
    public FieldLookup findField(String fqn, String name) {
        for (TypeEntry scope = type(fqn); scope != null; scope = type(scope.type().outerFqn())) {
            FieldLookup f = findFieldInHierarchy(scope, name, new HashSet<>());
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private FieldLookup findFieldInHierarchy(TypeEntry t, String name, Set<String> seen) {
        if (!seen.add(t.fqn())) {
            return null;
        }
        for (FieldFact f : t.type().fields()) {
            if (f.name().equals(name)) {
                return new FieldLookup(t, f);
            }
        }
        for (String sup : directSupertypes(t)) {
            TypeEntry s = type(sup);
            if (s != null) {
                FieldLookup found = findFieldInHierarchy(s, name, seen);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A field and the type that declares it (whose file gives its type name meaning). */
    public record FieldLookup(TypeEntry owner, FieldFact field) {
    }
}
