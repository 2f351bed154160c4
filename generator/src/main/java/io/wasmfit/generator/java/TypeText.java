package io.wasmfit.generator.java;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.WildcardType;

import io.wasmfit.analyzer.index.JdkTypes;
import io.wasmfit.analyzer.index.TypeEntry;

/**
 * Writes types into one generated file: names resolved where they were written, then shortened
 * with imports (java.lang and the file's own package need none; a simple name already taken
 * stays qualified). Type variables may be bound to text ({@code T} → {@code Product}), which is
 * how inherited library methods get the type arguments a repository gives its supertype.
 */
final class TypeText {

    private final ClosureSources sources;
    private final String packageName;
    private final Map<String, String> imports = new TreeMap<>();
    private final Set<String> resolvedNames = new LinkedHashSet<>();

    TypeText(ClosureSources sources, String packageName) {
        this.sources = sources;
        this.packageName = packageName;
    }

    /**
     * @param context    the type whose file the type was written in (its imports give names their meaning), or null
     *                   when every class name is fully qualified
     * @param bindings   type variables bound to text already written with this instance
     * @param typeVars   type variables that stay as they are
     */
    String render(Type t, String context, Map<String, String> bindings, Set<String> typeVars) {
        if (t instanceof ArrayType a) {
            return render(a.getComponentType(), context, bindings, typeVars) + "[]";
        }
        if (t instanceof WildcardType w) {
            return "?" + w.getExtendedType().map(e -> " extends " + render(e, context, bindings, typeVars)).orElse("")
                    + w.getSuperType().map(s -> " super " + render(s, context, bindings, typeVars)).orElse("");
        }
        if (!(t instanceof ClassOrInterfaceType c)) {
            return t.asString();
        }
        String name = c.getNameWithScope();
        if (c.getScope().isEmpty() && typeVars.contains(name)) {
            return name;
        }
        if (c.getScope().isEmpty() && bindings.containsKey(name)) {
            return bindings.get(name);
        }
        String fqn = resolve(name, context);
        resolvedNames.add(fqn);
        String args = c.getTypeArguments().map(list -> list.stream().map(a -> render(a, context, bindings, typeVars))
                .collect(Collectors.joining(", ", "<", ">"))).orElse("");
        return use(fqn) + args;
    }

    private String resolve(String name, String context) {
        TypeEntry where = context == null ? null : sources.index().type(context);
        String resolved = where == null ? null : sources.index().resolveType(name, where);
        if (resolved != null) {
            return resolved;
        }
        return JdkTypes.exists("java.lang." + name) ? "java.lang." + name : name;
    }

    /** The shortest name for {@code fqn} in this file, importing it when needed. */
    String use(String fqn) {
        int dot = fqn.lastIndexOf('.');
        if (dot < 0 || !Character.isLowerCase(fqn.charAt(0))) {
            return fqn; // a simple name, or one wasmfit could not resolve ("Map.Entry"): as written
        }
        String simple = fqn.substring(dot + 1);
        if (fqn.equals("java.lang." + simple) || fqn.equals(packageName + "." + simple)) {
            return simple;
        }
        String taken = imports.putIfAbsent(simple, fqn);
        return taken == null || taken.equals(fqn) ? simple : fqn;
    }

    /** {@code import} lines for the names used so far, sorted. */
    List<String> importLines() {
        List<String> out = new ArrayList<>();
        imports.values().stream().sorted().forEach(fqn -> out.add("import " + fqn + ";"));
        return out;
    }

    /** Every class name rendered so far, fully qualified. */
    Set<String> resolvedNames() {
        return resolvedNames;
    }
}
