package io.wasmfit.generator.java;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;

import io.wasmfit.generator.Finding;

/**
 * Generates the JSON code of a satellite: a writer for the result type and a reader for the body
 * type, with one method per record, bean and enum reached, since TeaVM has almost no reflection.
 * The output follows Jackson's defaults: record components and bean properties in declaration
 * order, enums by name, BigDecimal by toString, nulls written.
 */
final class JsonCodecWriter {

    private static final Set<String> LISTS = Set.of("java.util.List", "java.util.Collection", "java.util.Set",
            "java.util.Iterable", "java.util.ArrayList", "java.util.LinkedList", "java.util.SortedSet",
            "java.util.LinkedHashSet", "java.util.HashSet", "java.util.TreeSet");
    private static final Set<String> MAPS = Set.of("java.util.Map", "java.util.HashMap", "java.util.LinkedHashMap",
            "java.util.TreeMap", "java.util.SortedMap");
    private static final Set<String> NUMBERS = Set.of("int", "long", "short", "byte", "double", "float",
            "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte", "java.lang.Double",
            "java.lang.Float", "java.math.BigDecimal", "java.math.BigInteger", "java.lang.Number");
    private static final Set<String> AS_STRING = Set.of("java.lang.String", "char", "java.lang.Character",
            "java.util.UUID", "java.net.URI", "java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime",
            "java.time.LocalTime", "java.time.OffsetDateTime", "java.time.ZonedDateTime", "java.time.Duration");

    /** A JSON property of a record or bean. */
    private record Prop(String json, String getter, String setter, TypeRef type) {
    }

    private final ClosureSources sources;
    private final String candidateId;
    private final List<Finding> findings;
    private final Map<String, String> writers = new LinkedHashMap<>();
    private final Map<String, String> readers = new LinkedHashMap<>();
    private final Map<String, String> methodNames = new LinkedHashMap<>();
    private final StringBuilder methods = new StringBuilder();
    private int counter;

    JsonCodecWriter(ClosureSources sources, String candidateId, List<Finding> findings) {
        this.sources = sources;
        this.candidateId = candidateId;
        this.findings = findings;
    }

    /** Statements appending {@code expr} (of {@code type}) as JSON to the StringBuilder {@code b}. */
    String write(TypeRef type, String expr, String b, String indent) {
        StringBuilder out = new StringBuilder();
        emitWrite(type, expr, b, indent, out);
        return out.toString();
    }

    /** An expression that converts the parsed JSON value {@code expr} to {@code type}. */
    String read(TypeRef type, String expr, String what) {
        return readExpr(type, expr, what);
    }

    String source(String packageName) {
        return "package " + packageName + ";\n\n"
                + "/** JSON writers and readers for the types the candidate takes and returns; generated, no reflection. */\n"
                + "final class WasmfitJson {\n\n"
                + "    private WasmfitJson() {\n    }\n"
                + methods
                + "}\n";
    }

    // ---- writing ----

    private void emitWrite(TypeRef t, String expr, String b, String indent, StringBuilder out) {
        String n = t.name();
        if (t.array() && !n.equals("byte")) {
            String v = var("e");
            out.append(indent).append("if (").append(expr).append(" == null) {\n")
                    .append(indent).append("    ").append(b).append(".append(\"null\");\n")
                    .append(indent).append("} else {\n")
                    .append(indent).append("    ").append(b).append(".append('[');\n")
                    .append(indent).append("    boolean first").append(v).append(" = true;\n")
                    .append(indent).append("    for (").append(TypeRef.of(n).source()).append(' ').append(v).append(" : ").append(expr).append(") {\n")
                    .append(indent).append("        if (!first").append(v).append(") {\n")
                    .append(indent).append("            ").append(b).append(".append(',');\n")
                    .append(indent).append("        }\n")
                    .append(indent).append("        first").append(v).append(" = false;\n");
            emitWrite(new TypeRef(n, t.args(), false), v, b, indent + "        ", out);
            out.append(indent).append("    }\n")
                    .append(indent).append("    ").append(b).append(".append(']');\n")
                    .append(indent).append("}\n");
            return;
        }
        if (t.isPrimitive()) {
            if (n.equals("char")) {
                out.append(indent).append("WasmfitHttp.string(").append(b).append(", String.valueOf(").append(expr).append("));\n");
            } else {
                out.append(indent).append(b).append(".append(").append(expr).append(");\n");
            }
            return;
        }
        if (NUMBERS.contains(n) || n.equals("java.lang.Boolean")) {
            out.append(indent).append("WasmfitHttp.number(").append(b).append(", ").append(expr).append(");\n");
            return;
        }
        if (AS_STRING.contains(n)) {
            out.append(indent).append("WasmfitHttp.string(").append(b).append(", ").append(expr).append(" == null ? null : ")
                    .append(expr).append(".toString());\n");
            return;
        }
        if (n.equals("java.util.Optional")) {
            out.append(indent).append("if (").append(expr).append(" == null || ").append(expr).append(".isEmpty()) {\n")
                    .append(indent).append("    ").append(b).append(".append(\"null\");\n")
                    .append(indent).append("} else {\n");
            emitWrite(t.arg(0), "(" + expr + ").get()", b, indent + "    ", out);
            out.append(indent).append("}\n");
            return;
        }
        if (LISTS.contains(n)) {
            String v = var("e");
            out.append(indent).append("if (").append(expr).append(" == null) {\n")
                    .append(indent).append("    ").append(b).append(".append(\"null\");\n")
                    .append(indent).append("} else {\n")
                    .append(indent).append("    ").append(b).append(".append('[');\n")
                    .append(indent).append("    boolean first").append(v).append(" = true;\n")
                    .append(indent).append("    for (").append(t.arg(0).boxed().source()).append(' ').append(v).append(" : ").append(expr).append(") {\n")
                    .append(indent).append("        if (!first").append(v).append(") {\n")
                    .append(indent).append("            ").append(b).append(".append(',');\n")
                    .append(indent).append("        }\n")
                    .append(indent).append("        first").append(v).append(" = false;\n");
            emitWrite(t.arg(0).boxed(), v, b, indent + "        ", out);
            out.append(indent).append("    }\n")
                    .append(indent).append("    ").append(b).append(".append(']');\n")
                    .append(indent).append("}\n");
            return;
        }
        if (MAPS.contains(n)) {
            String v = var("entry");
            out.append(indent).append("if (").append(expr).append(" == null) {\n")
                    .append(indent).append("    ").append(b).append(".append(\"null\");\n")
                    .append(indent).append("} else {\n")
                    .append(indent).append("    ").append(b).append(".append('{');\n")
                    .append(indent).append("    boolean first").append(v).append(" = true;\n")
                    .append(indent).append("    for (java.util.Map.Entry<").append(t.arg(0).boxed().source()).append(", ")
                    .append(t.arg(1).boxed().source()).append("> ").append(v).append(" : ").append(expr).append(".entrySet()) {\n")
                    .append(indent).append("        if (!first").append(v).append(") {\n")
                    .append(indent).append("            ").append(b).append(".append(',');\n")
                    .append(indent).append("        }\n")
                    .append(indent).append("        first").append(v).append(" = false;\n")
                    .append(indent).append("        WasmfitHttp.string(").append(b).append(", String.valueOf(").append(v).append(".getKey()));\n")
                    .append(indent).append("        ").append(b).append(".append(':');\n");
            emitWrite(t.arg(1).boxed(), v + ".getValue()", b, indent + "        ", out);
            out.append(indent).append("    }\n")
                    .append(indent).append("    ").append(b).append(".append('}');\n")
                    .append(indent).append("}\n");
            return;
        }
        Optional<TypeDeclaration<?>> decl = sources.declaration(n);
        if (decl.isPresent()) {
            out.append(indent).append("WasmfitJson.").append(writerFor(decl.get(), t)).append('(').append(b).append(", ").append(expr).append(");\n");
            return;
        }
        findings.add(new Finding(Finding.Kind.TODO, "no JSON shape is known for " + n
                + ": the satellite writes it with toString(); check the output", null, 0));
        out.append(indent).append("WasmfitHttp.string(").append(b).append(", ").append(expr).append(" == null ? null : String.valueOf(")
                .append(expr).append("));\n");
    }

    private String writerFor(TypeDeclaration<?> decl, TypeRef t) {
        String fqn = t.name();
        String existing = writers.get(fqn);
        if (existing != null) {
            return existing;
        }
        String name = methodName("write", decl.getNameAsString(), fqn);
        writers.put(fqn, name);
        String type = fqn;
        StringBuilder m = new StringBuilder();
        m.append("\n    static void ").append(name).append("(StringBuilder b, ").append(type).append(" v) {\n")
                .append("        if (v == null) {\n            b.append(\"null\");\n            return;\n        }\n");
        if (decl instanceof EnumDeclaration) {
            m.append("        WasmfitHttp.string(b, v.name());\n");
        } else {
            List<Prop> props = props(decl, fqn);
            for (int i = 0; i < props.size(); i++) {
                Prop p = props.get(i);
                StringBuilder key = new StringBuilder();
                appendJsonString(key, p.json());
                m.append("        b.append(\"").append(i == 0 ? "{" : ",").append(escapeJava(key.toString())).append(":\");\n");
                StringBuilder body = new StringBuilder();
                emitWrite(p.type(), "v." + p.getter() + "()", "b", "        ", body);
                m.append(body);
            }
            m.append("        b.append(\"").append(props.isEmpty() ? "{}" : "}").append("\");\n");
        }
        m.append("    }\n");
        methods.append(m);
        return name;
    }

    // ---- reading ----

    private String readExpr(TypeRef t, String expr, String what) {
        String n = t.name();
        String w = "\"" + escapeJava(what) + "\"";
        if (t.array()) {
            findings.add(new Finding(Finding.Kind.TODO, "arrays in request bodies are not read by the generated entry ("
                    + what + ")", null, 0));
            return "null";
        }
        switch (n) {
            case "java.lang.String":
                return "WasmfitHttp.asString(" + expr + ", " + w + ")";
            case "int":
                return "WasmfitHttp.asInt(" + expr + ", " + w + ")";
            case "java.lang.Integer":
                return "WasmfitHttp.asInteger(" + expr + ", " + w + ")";
            case "long":
                return "WasmfitHttp.asLong(" + expr + ", " + w + ")";
            case "java.lang.Long":
                return "WasmfitHttp.asLongOrNull(" + expr + ", " + w + ")";
            case "short":
                return "(short) WasmfitHttp.asInt(" + expr + ", " + w + ")";
            case "byte":
                return "(byte) WasmfitHttp.asInt(" + expr + ", " + w + ")";
            case "double":
                return "WasmfitHttp.asDouble(" + expr + ", " + w + ")";
            case "float":
                return "(float) WasmfitHttp.asDouble(" + expr + ", " + w + ")";
            case "java.lang.Double":
                return "WasmfitHttp.asDoubleOrNull(" + expr + ", " + w + ")";
            case "boolean":
                return "WasmfitHttp.asBoolean(" + expr + ", " + w + ")";
            case "java.lang.Boolean":
                return "WasmfitHttp.asBooleanOrNull(" + expr + ", " + w + ")";
            case "java.math.BigDecimal":
                return "WasmfitHttp.asBigDecimal(" + expr + ", " + w + ")";
            case "java.math.BigInteger":
                return "WasmfitHttp.asBigInteger(" + expr + ", " + w + ")";
            default:
                break;
        }
        if (LISTS.contains(n) || n.equals("java.util.Map") || sources.declaration(n).isPresent()) {
            return "WasmfitJson." + readerFor(t) + "(" + expr + ", " + w + ")";
        }
        findings.add(new Finding(Finding.Kind.TODO, "no JSON reader for " + n + " (" + what + "): the satellite passes null",
                null, 0));
        return "null";
    }

    private String readerFor(TypeRef t) {
        String key = t.source();
        String existing = readers.get(key);
        if (existing != null) {
            return existing;
        }
        String n = t.name();
        StringBuilder m = new StringBuilder();
        String name;
        if (LISTS.contains(n)) {
            TypeRef elem = t.arg(0).boxed();
            name = methodName("read", "ListOf" + elem.simpleName(), key);
            readers.put(key, name);
            String listType = (n.endsWith("Set") ? "java.util.Set<" : "java.util.List<") + elem.source() + ">";
            m.append("\n    static ").append(listType).append(' ').append(name).append("(Object json, String what) {\n")
                    .append("        java.util.List<?> items = WasmfitHttp.array(json, what);\n")
                    .append("        if (items == null) {\n            return null;\n        }\n")
                    .append("        java.util.").append(n.endsWith("Set") ? "LinkedHashSet" : "ArrayList").append('<')
                    .append(elem.source()).append("> out = new java.util.").append(n.endsWith("Set") ? "LinkedHashSet" : "ArrayList")
                    .append("<>();\n")
                    .append("        for (Object item : items) {\n")
                    .append("            out.add(").append(readExpr(elem, "item", "element")).append(");\n")
                    .append("        }\n        return out;\n    }\n");
        } else if (n.equals("java.util.Map")) {
            TypeRef value = t.arg(1).boxed();
            name = methodName("read", "MapOf" + value.simpleName(), key);
            readers.put(key, name);
            m.append("\n    static java.util.Map<String, ").append(value.source()).append("> ").append(name)
                    .append("(Object json, String what) {\n")
                    .append("        java.util.Map<?, ?> fields = WasmfitHttp.object(json, what);\n")
                    .append("        if (fields == null) {\n            return null;\n        }\n")
                    .append("        java.util.Map<String, ").append(value.source()).append("> out = new java.util.LinkedHashMap<>();\n")
                    .append("        for (java.util.Map.Entry<?, ?> e : fields.entrySet()) {\n")
                    .append("            out.put(String.valueOf(e.getKey()), ").append(readExpr(value, "e.getValue()", "value")).append(");\n")
                    .append("        }\n        return out;\n    }\n");
        } else {
            TypeDeclaration<?> decl = sources.declaration(n).orElseThrow();
            name = methodName("read", decl.getNameAsString(), key);
            readers.put(key, name);
            m.append("\n    static ").append(n).append(' ').append(name).append("(Object json, String what) {\n");
            if (decl instanceof EnumDeclaration) {
                m.append("        String name = WasmfitHttp.asString(json, what);\n")
                        .append("        if (name == null) {\n            return null;\n        }\n")
                        .append("        try {\n            return ").append(n).append(".valueOf(name);\n")
                        .append("        } catch (IllegalArgumentException e) {\n")
                        .append("            throw WasmfitHttp.badEnum(name, what);\n        }\n    }\n");
            } else {
                m.append("        java.util.Map<?, ?> fields = WasmfitHttp.object(json, what);\n")
                        .append("        if (fields == null) {\n            return null;\n        }\n");
                List<Prop> props = props(decl, n);
                if (decl instanceof RecordDeclaration) {
                    m.append("        return new ").append(n).append('(');
                    for (int i = 0; i < props.size(); i++) {
                        Prop p = props.get(i);
                        m.append(i == 0 ? "\n                " : ",\n                ")
                                .append(readExpr(p.type(), "fields.get(\"" + escapeJava(p.json()) + "\")", p.json()));
                    }
                    m.append(");\n    }\n");
                } else {
                    m.append("        ").append(n).append(" v = new ").append(n).append("();\n");
                    for (Prop p : props) {
                        if (p.setter() != null) {
                            m.append("        if (fields.containsKey(\"").append(escapeJava(p.json())).append("\")) {\n")
                                    .append("            v.").append(p.setter()).append('(')
                                    .append(readExpr(p.type(), "fields.get(\"" + escapeJava(p.json()) + "\")", p.json()))
                                    .append(");\n        }\n");
                        }
                    }
                    m.append("        return v;\n    }\n");
                }
            }
        }
        methods.append(m);
        return name;
    }

    // ---- shapes ----

    /** JSON properties: record components, or bean getters in field order (Jackson's default order). */
    private List<Prop> props(TypeDeclaration<?> decl, String fqn) {
        List<Prop> out = new ArrayList<>();
        if (decl instanceof RecordDeclaration r) {
            r.getParameters().forEach(p -> {
                if (!ignored(p)) {
                    out.add(new Prop(jsonName(p, p.getNameAsString()), p.getNameAsString(), null,
                            sources.resolve(p.getType(), fqn)));
                }
            });
            return out;
        }
        Map<String, MethodDeclaration> getters = new LinkedHashMap<>();
        Map<String, MethodDeclaration> setters = new LinkedHashMap<>();
        for (MethodDeclaration m : decl.getMethods()) {
            if (m.isStatic() || !m.isPublic()) {
                continue;
            }
            String n = m.getNameAsString();
            if (m.getParameters().isEmpty() && !m.getType().isVoidType()) {
                if (n.startsWith("get") && n.length() > 3 && !n.equals("getClass")) {
                    getters.put(decapitalize(n.substring(3)), m);
                } else if (n.startsWith("is") && n.length() > 2 && m.getType().asString().equals("boolean")) {
                    getters.put(decapitalize(n.substring(2)), m);
                }
            } else if (m.getParameters().size() == 1 && n.startsWith("set") && n.length() > 3) {
                setters.put(decapitalize(n.substring(3)), m);
            }
        }
        List<String> order = new ArrayList<>();
        for (BodyDeclaration<?> member : decl.getMembers()) {
            if (member instanceof FieldDeclaration f && !f.isStatic()) {
                f.getVariables().forEach(v -> {
                    if (getters.containsKey(v.getNameAsString())) {
                        order.add(v.getNameAsString());
                    }
                });
            }
        }
        getters.keySet().stream().filter(k -> !order.contains(k)).forEach(order::add);
        for (String prop : order) {
            MethodDeclaration g = getters.get(prop);
            if (ignored(g)) {
                continue;
            }
            MethodDeclaration s = setters.get(prop);
            out.add(new Prop(jsonName(g, prop), g.getNameAsString(), s == null ? null : s.getNameAsString(),
                    sources.resolve(g.getType(), fqn)));
        }
        if (!decl.getConstructors().isEmpty() && decl.getConstructors().stream().noneMatch(c -> c.getParameters().isEmpty()
                && !c.getModifiers().contains(Modifier.privateModifier()))) {
            out.replaceAll(p -> new Prop(p.json(), p.getter(), null, p.type()));
        }
        return out;
    }

    private static boolean ignored(NodeWithAnnotations<?> n) {
        return n.getAnnotationByName("JsonIgnore").isPresent();
    }

    private static String jsonName(NodeWithAnnotations<?> n, String fallback) {
        return n.getAnnotationByName("JsonProperty").flatMap(HttpBinding::value).filter(s -> !s.isEmpty()).orElse(fallback);
    }

    private static String decapitalize(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isUpperCase(s.charAt(1))) {
            return s.toLowerCase(java.util.Locale.ROOT);
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private String methodName(String prefix, String simple, String key) {
        String base = prefix + simple.replaceAll("[^A-Za-z0-9]", "");
        String name = base;
        int n = 2;
        while (methodNames.containsKey(name) && !methodNames.get(name).equals(key)) {
            name = base + n++;
        }
        methodNames.put(name, key);
        return name;
    }

    private String var(String base) {
        return base + (++counter);
    }

    private static void appendJsonString(StringBuilder b, String s) {
        b.append('"');
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\');
            }
            b.append(c);
        }
        b.append('"');
    }

    static String escapeJava(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    @SuppressWarnings("unused")
    private static boolean hasNoArgConstructor(NodeList<ConstructorDeclaration> ctors) {
        return ctors.isEmpty() || ctors.stream().anyMatch(c -> c.getParameters().isEmpty());
    }
}
