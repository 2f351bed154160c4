package io.wasmfit.generator.java;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A Java type as the generator needs it: a resolved name ({@code int}, {@code java.lang.String},
 * {@code com.acme.Quote}) with its type arguments; arrays have {@code array} set and the element
 * as the name.
 */
public record TypeRef(String name, List<TypeRef> args, boolean array) {

    public TypeRef {
        args = List.copyOf(args);
    }

    public static TypeRef of(String name) {
        return new TypeRef(name, List.of(), false);
    }

    public boolean isPrimitive() {
        return !array && switch (name) {
            case "boolean", "byte", "char", "short", "int", "long", "float", "double" -> true;
            default -> false;
        };
    }

    public String simpleName() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    public TypeRef arg(int i) {
        return i < args.size() ? args.get(i) : of("java.lang.Object");
    }

    /** Source text usable in generated code (fully qualified, nested types with dots). */
    public String source() {
        String base = name + (args.isEmpty() ? "" : args.stream().map(TypeRef::source).collect(Collectors.joining(", ", "<", ">")));
        return array ? base + "[]" : base;
    }

    /** The boxed form for primitives (generics need it). */
    public TypeRef boxed() {
        if (!isPrimitive()) {
            return this;
        }
        return of(switch (name) {
            case "boolean" -> "java.lang.Boolean";
            case "byte" -> "java.lang.Byte";
            case "char" -> "java.lang.Character";
            case "short" -> "java.lang.Short";
            case "int" -> "java.lang.Integer";
            case "long" -> "java.lang.Long";
            case "float" -> "java.lang.Float";
            default -> "java.lang.Double";
        });
    }

    @Override
    public String toString() {
        return source();
    }
}
