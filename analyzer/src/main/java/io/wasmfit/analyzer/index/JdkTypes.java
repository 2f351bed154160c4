package io.wasmfit.analyzer.index;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the running JDK knows about its own types: whether a name exists, its supertypes, and
 * the return type of a method. This lets chained calls on JDK types be followed
 * ({@code Executors.newFixedThreadPool(4).submit(...)} is a call on an ExecutorService) without
 * a symbol solver. Only the platform class loader is asked, never the analysed code's libraries.
 */
public final class JdkTypes {

    private static final ClassLoader PLATFORM = ClassLoader.getPlatformClassLoader();
    private static final Map<String, Optional<Class<?>>> CLASSES = new ConcurrentHashMap<>();
    private static final Map<String, Optional<String>> RETURNS = new ConcurrentHashMap<>();

    private JdkTypes() {
    }

    /** Whether {@code fqn} (dots only, nested types too) is a public JDK type. */
    public static boolean exists(String fqn) {
        return type(fqn).isPresent();
    }

    /** All supertypes of a JDK type, transitively, as canonical names. */
    public static List<String> supertypes(String fqn) {
        Optional<Class<?>> type = type(fqn);
        if (type.isEmpty()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        collectSupertypes(type.get(), out);
        return new ArrayList<>(out);
    }

    /**
     * The canonical name of the type returned by {@code owner.name(args...)}, when every public
     * overload with that many parameters agrees; empty otherwise.
     */
    public static Optional<String> returnType(String owner, String name, int args) {
        return RETURNS.computeIfAbsent(owner + "#" + name + "/" + args, k -> {
            Optional<Class<?>> type = type(owner);
            if (type.isEmpty()) {
                return Optional.empty();
            }
            String found = null;
            for (Method m : type.get().getMethods()) {
                if (!m.getName().equals(name) || !(m.getParameterCount() == args || args < 0 || m.isVarArgs())) {
                    continue;
                }
                Class<?> r = m.getReturnType();
                if (m.getGenericReturnType() instanceof java.lang.reflect.TypeVariable<?>
                        || r.isPrimitive() || r.isArray() || r.getCanonicalName() == null) {
                    // a type variable erases to Object: the real type is unknown
                    return Optional.empty();
                }
                if (found != null && !found.equals(r.getCanonicalName())) {
                    return Optional.empty();
                }
                found = r.getCanonicalName();
            }
            return Optional.ofNullable(found);
        });
    }

    private static void collectSupertypes(Class<?> c, Set<String> out) {
        for (Class<?> i : c.getInterfaces()) {
            if (i.getCanonicalName() != null && out.add(i.getCanonicalName())) {
                collectSupertypes(i, out);
            }
        }
        Class<?> sup = c.getSuperclass();
        if (sup != null && sup != Object.class && sup.getCanonicalName() != null && out.add(sup.getCanonicalName())) {
            collectSupertypes(sup, out);
        }
    }

    private static Optional<Class<?>> type(String fqn) {
        if (!looksLikeJdk(fqn)) {
            return Optional.empty();
        }
        return CLASSES.computeIfAbsent(fqn, JdkTypes::load);
    }

    private static Optional<Class<?>> load(String fqn) {
        String binary = fqn;
        while (true) {
            try {
                Class<?> c = Class.forName(binary, false, PLATFORM);
                return Modifier.isPublic(c.getModifiers()) ? Optional.of(c) : Optional.empty();
            } catch (ClassNotFoundException | LinkageError e) {
                int dot = binary.lastIndexOf('.');
                if (dot < 0 || !Character.isUpperCase(binary.charAt(binary.lastIndexOf('.', dot - 1) + 1))) {
                    return Optional.empty();
                }
                binary = binary.substring(0, dot) + "$" + binary.substring(dot + 1);
            }
        }
    }

    private static boolean looksLikeJdk(String fqn) {
        return fqn.startsWith("java.") || fqn.startsWith("javax.") || fqn.startsWith("jdk.")
                || fqn.startsWith("org.w3c.") || fqn.startsWith("org.xml.");
    }
}
