package io.wasmfit.generator.compare;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;

import io.wasmfit.analyzer.parse.JavaFileParser;
import io.wasmfit.generator.GeneratorException;
import io.wasmfit.generator.SatelliteManifest;
import io.wasmfit.generator.java.ClosureSources;
import io.wasmfit.generator.java.TypeRef;

/**
 * The requests of a comparison: the user's file, literals harvested from the repository's tests
 * that call the candidate (constructor arguments of records included), and values generated from
 * the parameter types — boundaries, empty, unicode, malformed. Values are JSON trees; each case
 * becomes a WAGI request through the parameter bindings of the satellite.
 */
public final class Inputs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Unicode that round-trips through upper/lower case the same on every JVM (no special casing). */
    private static final String UNICODE = "Köln 東京 😀";

    private final SatelliteManifest.Entry entry;
    private final ClosureSources sources;

    public Inputs(SatelliteManifest.Entry entry, ClosureSources sources) {
        this.entry = entry;
        this.sources = sources;
    }

    /** Every case, deduplicated: the user's first, then the tests', then the generated ones. */
    public List<RequestCase> all(Path userFile, int maxGenerated) throws GeneratorException {
        List<RequestCase> out = new ArrayList<>();
        if (userFile != null) {
            out.addAll(user(userFile));
        }
        List<Map<String, JsonNode>> harvested = harvest();
        int n = 0;
        for (Map<String, JsonNode> args : harvested) {
            out.add(request("test literal " + (++n) + " " + summary(args), RequestCase.Origin.TESTS, args));
        }
        Map<String, JsonNode> base = harvested.isEmpty() ? defaults() : harvested.get(0);
        List<RequestCase> generated = generated(base);
        generated.addAll(derived(harvested));
        out.addAll(generated.subList(0, Math.min(maxGenerated, generated.size())));
        Set<String> seen = new LinkedHashSet<>();
        return out.stream().filter(c -> seen.add(c.identity())).collect(Collectors.toList());
    }

    // ---- the user's file ----

    /**
     * A JSON array of cases: {@code {"name": "...", "params": {"sku": "MUG-001", "qty": 3}, "body": {...}}}
     * with parameters by their Java or request names; {@code "query"} or {@code "bodyText"} give raw values.
     */
    List<RequestCase> user(Path file) throws GeneratorException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new GeneratorException("cannot read --inputs " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new GeneratorException("--inputs " + file + " must hold a JSON array of cases like "
                    + "[{\"name\": \"...\", \"params\": {\"sku\": \"MUG-001\"}, \"body\": {}}]");
        }
        List<RequestCase> out = new ArrayList<>();
        int i = 0;
        for (JsonNode c : root) {
            i++;
            if (!c.isObject()) {
                throw new GeneratorException("--inputs " + file + ": case " + i + " is not a JSON object");
            }
            Map<String, JsonNode> args = new LinkedHashMap<>();
            JsonNode params = c.path("params");
            for (SatelliteManifest.Param p : entry.params()) {
                JsonNode v = params.has(p.javaName()) ? params.get(p.javaName()) : p.key() != null ? params.get(p.key()) : null;
                if (p.source().equals("BODY") && c.has("body")) {
                    v = c.get("body");
                }
                if (v != null) {
                    args.put(p.javaName(), v);
                }
            }
            RequestCase r = request(c.path("name").asText("case " + i), RequestCase.Origin.USER, args);
            String query = c.has("query") ? c.get("query").asText() : r.query();
            byte[] body = c.has("bodyText") ? c.get("bodyText").asText().getBytes(StandardCharsets.UTF_8) : r.body();
            out.add(new RequestCase(r.name(), r.origin(), r.method(), r.path(), query, r.headers(), body));
        }
        return out;
    }

    // ---- literals from the repository's tests ----

    List<Map<String, JsonNode>> harvest() {
        String simpleType = entry.declaringType().substring(entry.declaringType().lastIndexOf('.') + 1);
        List<Map<String, JsonNode>> out = new ArrayList<>();
        JavaParser parser = new JavaParser(new ParserConfiguration().setLanguageLevel(JavaFileParser.LANGUAGE_LEVEL));
        List<Path> tests;
        try (Stream<Path> walk = Files.walk(sources.root())) {
            tests = walk.filter(p -> p.toString().replace('\\', '/').contains("/src/test/") && p.toString().endsWith(".java"))
                    .sorted().toList();
        } catch (IOException e) {
            return out;
        }
        for (Path test : tests) {
            String text;
            try {
                text = Files.readString(test, StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue;
            }
            if (!text.contains(simpleType)) {
                continue;
            }
            Optional<CompilationUnit> cu = parser.parse(text).getResult();
            if (cu.isEmpty()) {
                continue;
            }
            for (MethodCallExpr call : cu.get().findAll(MethodCallExpr.class)) {
                if (!call.getNameAsString().equals(entry.methodName()) || call.getArguments().size() != entry.params().size()) {
                    continue;
                }
                Map<String, JsonNode> args = new LinkedHashMap<>();
                boolean ok = true;
                for (int i = 0; i < entry.params().size() && ok; i++) {
                    SatelliteManifest.Param p = entry.params().get(i);
                    JsonNode v = eval(call.getArgument(i), p.type());
                    if (v == null) {
                        ok = false;
                    } else if (!v.isNull()) {
                        args.put(p.javaName(), v);
                    }
                }
                if (ok) {
                    out.add(args);
                }
            }
        }
        return out;
    }

    /** A literal expression as JSON, or null when it is not a literal. */
    private JsonNode eval(Expression e, String type) {
        if (e instanceof StringLiteralExpr s) {
            return F.textNode(s.asString());
        }
        if (e instanceof IntegerLiteralExpr i) {
            return F.numberNode(i.asNumber().longValue());
        }
        if (e instanceof LongLiteralExpr l) {
            return F.numberNode(l.asNumber().longValue());
        }
        if (e instanceof DoubleLiteralExpr d) {
            return F.numberNode(new java.math.BigDecimal(d.getValue().replaceAll("[dDfF]$", "")));
        }
        if (e instanceof BooleanLiteralExpr b) {
            return F.booleanNode(b.getValue());
        }
        if (e instanceof CharLiteralExpr c) {
            return F.textNode(String.valueOf(c.asChar()));
        }
        if (e instanceof NullLiteralExpr) {
            return F.nullNode();
        }
        if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS) {
            JsonNode inner = eval(u.getExpression(), type);
            return inner != null && inner.isNumber() ? F.numberNode(inner.decimalValue().negate()) : null;
        }
        if (e instanceof FieldAccessExpr f) {
            String scope = f.getScope().toString();
            if (scope.equals("BigDecimal")) {
                return switch (f.getNameAsString()) {
                    case "ZERO" -> F.numberNode(java.math.BigDecimal.ZERO);
                    case "ONE" -> F.numberNode(java.math.BigDecimal.ONE);
                    case "TEN" -> F.numberNode(java.math.BigDecimal.TEN);
                    default -> null;
                };
            }
            return Character.isUpperCase(f.getNameAsString().charAt(0)) ? F.textNode(f.getNameAsString()) : null;
        }
        if (e instanceof ObjectCreationExpr n) {
            String t = n.getType().getNameAsString();
            if ((t.equals("BigDecimal") || t.equals("BigInteger")) && n.getArguments().size() == 1) {
                JsonNode v = eval(n.getArgument(0), "java.lang.String");
                return v == null ? null : F.numberNode(new java.math.BigDecimal(v.asText()));
            }
            Optional<TypeDeclaration<?>> decl = findType(t);
            if (decl.isPresent() && decl.get() instanceof RecordDeclaration r && r.getParameters().size() == n.getArguments().size()) {
                ObjectNode o = F.objectNode();
                for (int i = 0; i < n.getArguments().size(); i++) {
                    JsonNode v = eval(n.getArgument(i), r.getParameter(i).getTypeAsString());
                    if (v == null) {
                        return null;
                    }
                    o.set(r.getParameter(i).getNameAsString(), v);
                }
                return o;
            }
            return null;
        }
        if (e instanceof MethodCallExpr m && m.getScope().isPresent()
                && Set.of("List", "Set", "Arrays").contains(m.getScope().get().toString())
                && Set.of("of", "asList").contains(m.getNameAsString())) {
            ArrayNode a = F.arrayNode();
            for (Expression item : m.getArguments()) {
                JsonNode v = eval(item, "java.lang.Object");
                if (v == null) {
                    return null;
                }
                a.add(v);
            }
            return a;
        }
        return null;
    }

    private Optional<TypeDeclaration<?>> findType(String simpleName) {
        for (String t : sources.types()) {
            if (t.endsWith("." + simpleName)) {
                return sources.declaration(t);
            }
        }
        return Optional.empty();
    }

    // ---- values from the parameter types ----

    private Map<String, JsonNode> defaults() {
        Map<String, JsonNode> args = new LinkedHashMap<>();
        for (SatelliteManifest.Param p : entry.params()) {
            JsonNode v = sample(typeOf(p.type()));
            if (v != null) {
                args.put(p.javaName(), v);
            }
        }
        return args;
    }

    private List<RequestCase> generated(Map<String, JsonNode> base) {
        List<RequestCase> out = new ArrayList<>();
        for (SatelliteManifest.Param p : entry.params()) {
            if (p.source().equals("NONE")) {
                continue;
            }
            if (p.source().equals("BODY")) {
                for (Map.Entry<String, String> raw : new java.util.TreeMap<>(Map.of("empty body", "", "empty object", "{}", "malformed JSON", "{\"a\":",
                        "JSON null", "null", "an array instead of an object", "[]")).entrySet()) {
                    Map<String, JsonNode> args = new LinkedHashMap<>(base);
                    args.put(p.javaName(), F.pojoNode(raw.getValue()));
                    out.add(request(p.javaName() + ": " + raw.getKey(), RequestCase.Origin.GENERATED, args));
                }
                JsonNode baseBody = base.get(p.javaName());
                if (baseBody != null && baseBody.isObject()) {
                    Iterator<String> fields = baseBody.fieldNames();
                    TypeDeclaration<?> decl = sources.declaration(typeOf(p.type()).name()).orElse(null);
                    while (fields.hasNext()) {
                        String field = fields.next();
                        TypeRef ft = fieldType(decl, field);
                        JsonNode value = baseBody.get(field);
                        if (ft != null && value != null && value.isArray() && value.size() > 0 && value.get(0).isObject()) {
                            // a list of records: vary the fields of its first element too
                            TypeDeclaration<?> elemDecl = sources.declaration(ft.arg(0).name()).orElse(null);
                            Iterator<String> elemFields = value.get(0).fieldNames();
                            while (elemFields.hasNext()) {
                                String ef = elemFields.next();
                                for (Map.Entry<String, JsonNode> variant : variants(fieldType(elemDecl, ef)).entrySet()) {
                                    ObjectNode body = ((ObjectNode) baseBody).deepCopy();
                                    ((ObjectNode) body.get(field).get(0)).set(ef, variant.getValue());
                                    Map<String, JsonNode> args = new LinkedHashMap<>(base);
                                    args.put(p.javaName(), body);
                                    out.add(request(p.javaName() + "." + field + "[0]." + ef + " " + variant.getKey(),
                                            RequestCase.Origin.GENERATED, args));
                                }
                            }
                        }
                        for (Map.Entry<String, JsonNode> variant : variants(ft).entrySet()) {
                            ObjectNode body = ((ObjectNode) baseBody).deepCopy();
                            body.set(field, variant.getValue());
                            Map<String, JsonNode> args = new LinkedHashMap<>(base);
                            args.put(p.javaName(), body);
                            out.add(request(p.javaName() + "." + field + " " + variant.getKey(), RequestCase.Origin.GENERATED, args));
                        }
                    }
                }
                continue;
            }
            Map<String, JsonNode> missing = new LinkedHashMap<>(base);
            missing.remove(p.javaName());
            out.add(request(p.javaName() + " missing", RequestCase.Origin.GENERATED, missing));
            for (Map.Entry<String, JsonNode> variant : variants(typeOf(p.type())).entrySet()) {
                Map<String, JsonNode> args = new LinkedHashMap<>(base);
                args.put(p.javaName(), variant.getValue());
                out.add(request(p.javaName() + " " + variant.getKey(), RequestCase.Origin.GENERATED, args));
            }
        }
        // interleave parameters so that a cap keeps variety
        return out;
    }

    /** Near misses of the tests' own strings: one character off, one shorter, lower case, without blanks. */
    private List<RequestCase> derived(List<Map<String, JsonNode>> harvested) {
        List<RequestCase> out = new ArrayList<>();
        for (Map<String, JsonNode> args : harvested) {
            for (SatelliteManifest.Param p : entry.params()) {
                JsonNode v = args.get(p.javaName());
                if (p.source().equals("BODY") || v == null || !v.isTextual() || v.asText().length() < 2) {
                    continue;
                }
                String s = v.asText();
                char last = s.charAt(s.length() - 1);
                Map<String, String> near = new LinkedHashMap<>();
                near.put("last character changed", s.substring(0, s.length() - 1) + (char) (last == '9' ? '0' : last + 1));
                near.put("one shorter", s.substring(0, s.length() - 1));
                near.put("lower case", s.toLowerCase(java.util.Locale.ROOT));
                near.put("without blanks", s.replace(" ", ""));
                near.forEach((what, value) -> {
                    Map<String, JsonNode> changed = new LinkedHashMap<>(args);
                    changed.put(p.javaName(), F.textNode(value));
                    out.add(request(p.javaName() + " '" + s + "' " + what, RequestCase.Origin.GENERATED, changed));
                });
            }
        }
        return out;
    }

    private Map<String, JsonNode> variants(TypeRef t) {
        Map<String, JsonNode> v = new LinkedHashMap<>();
        if (t == null) {
            return v;
        }
        switch (t.name()) {
            case "java.lang.String", "char", "java.lang.Character" -> {
                v.put("empty", F.textNode(""));
                v.put("blank", F.textNode("   "));
                v.put("unicode", F.textNode(UNICODE));
                v.put("lower case", F.textNode("mug-001"));
                v.put("padded", F.textNode("  DE  "));
                v.put("long", F.textNode("X".repeat(300)));
                v.put("url characters", F.textNode("a&b=c%d+e"));
            }
            case "int", "java.lang.Integer", "short", "java.lang.Short", "long", "java.lang.Long", "byte" -> {
                v.put("zero", F.numberNode(0));
                v.put("one", F.numberNode(1));
                v.put("negative", F.numberNode(-1));
                for (long c : constants()) {
                    v.put("at " + c, F.numberNode(c));
                    v.put("above " + c, F.numberNode(c + 1));
                }
                v.put("max", F.numberNode(t.name().contains("ong") ? Long.MAX_VALUE : Integer.MAX_VALUE));
                v.put("min", F.numberNode(t.name().contains("ong") ? Long.MIN_VALUE : Integer.MIN_VALUE));
                v.put("not a number", F.textNode("abc"));
            }
            case "boolean", "java.lang.Boolean" -> {
                v.put("true", F.booleanNode(true));
                v.put("false", F.booleanNode(false));
                v.put("yes", F.textNode("yes"));
                v.put("not a boolean", F.textNode("maybe"));
            }
            case "java.math.BigDecimal", "java.math.BigInteger", "double", "java.lang.Double", "float" -> {
                v.put("zero", F.numberNode(java.math.BigDecimal.ZERO));
                v.put("cents", F.numberNode(new java.math.BigDecimal("0.01")));
                v.put("half cent", F.numberNode(new java.math.BigDecimal("0.005")));
                v.put("negative", F.numberNode(new java.math.BigDecimal("-0.01")));
                v.put("large", F.numberNode(new java.math.BigDecimal("12345678901234567890.123456789")));
                v.put("exponent", F.numberNode(new java.math.BigDecimal("1E+3")));
                v.put("not a number", F.textNode("abc"));
            }
            case "java.util.List", "java.util.Set", "java.util.Collection" -> {
                v.put("empty list", F.arrayNode());
                v.put("null", F.nullNode());
            }
            default -> {
                Optional<TypeDeclaration<?>> decl = sources.declaration(t.name());
                if (decl.isPresent() && decl.get() instanceof EnumDeclaration e) {
                    e.getEntries().forEach(c -> v.put(c.getNameAsString(), F.textNode(c.getNameAsString())));
                    v.put("lower case", F.textNode(e.getEntries().isEmpty() ? "x" : e.getEntry(0).getNameAsString().toLowerCase(java.util.Locale.ROOT)));
                    v.put("unknown constant", F.textNode("BOGUS"));
                } else {
                    v.put("null", F.nullNode());
                }
            }
        }
        return v;
    }

    /** Integer constants of the closure's code: limits worth testing at and just above. */
    private List<Long> constants() {
        Set<Long> out = new LinkedHashSet<>();
        sources.units().values().forEach(cu -> cu.findAll(IntegerLiteralExpr.class).forEach(i -> {
            long n = i.asNumber().longValue();
            if (n > 1 && n < 1_000_000) {
                out.add(n);
            }
        }));
        return out.stream().sorted().limit(6).toList();
    }

    private JsonNode sample(TypeRef t) {
        Map<String, JsonNode> v = variants(t);
        return v.values().stream().filter(n -> !n.isNull()).findFirst().orElse(null);
    }

    private TypeRef fieldType(TypeDeclaration<?> decl, String field) {
        if (decl instanceof RecordDeclaration r) {
            return r.getParameters().stream().filter(p -> p.getNameAsString().equals(field)).findFirst()
                    .map(p -> sources.resolve(p.getType(), r.getFullyQualifiedName().orElse(""))).orElse(null);
        }
        return null;
    }

    private TypeRef typeOf(String source) {
        String erased = source.contains("<") ? source.substring(0, source.indexOf('<')) : source;
        List<TypeRef> args = new ArrayList<>();
        if (source.contains("<")) {
            for (String a : source.substring(source.indexOf('<') + 1, source.lastIndexOf('>')).split(",")) {
                args.add(TypeRef.of(a.strip()));
            }
        }
        return new TypeRef(erased, args, false);
    }

    // ---- a case as a WAGI request ----

    RequestCase request(String name, RequestCase.Origin origin, Map<String, JsonNode> args) {
        String path = entry.spinRoute();
        List<String> query = new ArrayList<>();
        Map<String, String> headers = new LinkedHashMap<>();
        byte[] body = new byte[0];
        for (SatelliteManifest.Param p : entry.params()) {
            JsonNode v = args.get(p.javaName());
            switch (p.source()) {
                case "QUERY" -> {
                    if (v != null && !v.isNull()) {
                        query.add(enc(p.key()) + "=" + enc(text(v)));
                    }
                }
                case "PATH" -> path = path.replace(":" + p.key(), v == null || v.isNull() ? "" : enc(text(v)).replace("+", "%20"));
                case "HEADER" -> {
                    if (v != null && !v.isNull()) {
                        headers.put(p.key(), text(v));
                    }
                }
                case "BODY" -> {
                    if (v != null) {
                        body = (v instanceof com.fasterxml.jackson.databind.node.POJONode raw ? String.valueOf(raw.getPojo()) : v.toString())
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    headers.put("Content-Type", "application/json");
                }
                default -> {
                }
            }
        }
        return new RequestCase(name, origin, entry.method(), path, String.join("&", query), headers, body);
    }

    private static String text(JsonNode v) {
        return v.isValueNode() ? v.asText() : v.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String summary(Map<String, JsonNode> args) {
        String s = args.toString();
        return s.length() > 80 ? s.substring(0, 79) + "…" : s;
    }
}
