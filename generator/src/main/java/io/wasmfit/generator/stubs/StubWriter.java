package io.wasmfit.generator.stubs;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;

import io.wasmfit.generator.GeneratedHeader;
import io.wasmfit.generator.GeneratorException;
import io.wasmfit.generator.java.ClosureSources;
import io.wasmfit.generator.java.TypeRef;
import io.wasmfit.matrix.TargetLanguage;
import io.wasmfit.model.Candidate;

/**
 * Writes a stub satellite in a Spin SDK's layout (templates under {@code stubs/<language>/}):
 * the trigger wired, request and response types derived from the Java signature, the original
 * Java method as a reference comment, and TODOs where the port goes.
 */
public final class StubWriter {

    /** The stub's files and how spin.toml builds and loads it. */
    public record Stub(Map<String, String> files, String source, String buildCommand, List<String> watch) {
    }

    private StubWriter() {
    }

    public static Stub write(Candidate c, TargetLanguage lang, String trigger, String componentId, Path root)
            throws GeneratorException {
        String base = "/io/wasmfit/generator/stubs/" + lang.key() + "/";
        Properties props = new Properties();
        try {
            props.load(new StringReader(resource(base + "component.properties")));
        } catch (IOException e) {
            throw new GeneratorException("wasmfit has no " + lang.key() + " stub templates", e);
        }
        String handlerFile = Arrays.stream(props.getProperty("files").split(","))
                .filter(f -> f.startsWith("src/") || f.equals("app.py") || f.equals("main.go")).findFirst().orElseThrow();
        if (exists(base + trigger + "/" + handlerFile) == null) {
            throw new GeneratorException("wasmfit has no " + lang.key() + " template for the " + trigger + " trigger yet; "
                    + "choose another language with --language");
        }
        ClosureSources sources = ClosureSources.load(root, c);
        MethodDeclaration method = sources.entryMethod();
        TypeNames names = TypeNames.of(lang);
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("componentId", componentId);
        vars.put("crateName", componentId.replace('-', '_'));
        vars.put("snakeName", componentId.replace('-', '_'));
        vars.put("candidateId", c.id());
        vars.put("route", c.trigger().detail().getOrDefault("method", "") + " " + c.trigger().detail().getOrDefault("route", ""));
        vars.put("destination", c.trigger().detail().getOrDefault("destination", c.trigger().detail().getOrDefault("cron", "")));
        String typeName = upperCamel(componentId);
        vars.put("requestType", typeName + "Request");
        String declaring = c.declaringType();
        TypeRef result = method.getType().isVoidType() ? null : sources.resolve(method.getType(), declaring);
        vars.put("responseType", result == null ? "empty response" : names.name(result));
        vars.put("types", types(lang, names, typeName + "Request", method, sources, declaring, result));
        vars.put("javaReference", reference(lang, method));
        String extra = exists(base + trigger + "/extra.txt");
        vars.put("extraDependencies", extra == null ? "" : extra);

        Map<String, String> files = new LinkedHashMap<>();
        for (String f : props.getProperty("files").split(",")) {
            String template = exists(base + trigger + "/" + f);
            if (template == null) {
                template = resource(base + f);
            }
            String header = f.endsWith(".json") ? "" : GeneratedHeader.forFile(f, c.id(), "stub for the " + trigger + " trigger");
            files.put(f, header + render(template, vars));
        }
        String build = props.getProperty("build." + trigger, props.getProperty("build"));
        return new Stub(files, render(props.getProperty("source"), vars), build, List.of(props.getProperty("watch").split(",")));
    }

    private static String types(TargetLanguage lang, TypeNames names, String requestName, MethodDeclaration method,
                                ClosureSources sources, String declaring, TypeRef result) {
        List<String[]> fields = new ArrayList<>();
        method.getParameters().forEach(p -> fields.add(new String[] {p.getNameAsString(), names.name(sources.resolve(p.getType(), declaring))}));
        StringBuilder out = new StringBuilder(names.declare(requestName, fields));
        if (result != null) {
            TypeDeclaration<?> decl = sources.declaration(result.name()).orElse(null);
            if (decl instanceof RecordDeclaration r) {
                List<String[]> rf = new ArrayList<>();
                r.getParameters().forEach(p -> rf.add(new String[] {p.getNameAsString(), names.name(sources.resolve(p.getType(), result.name()))}));
                out.append('\n').append(names.declare(result.simpleName(), rf));
            }
        }
        return out.toString();
    }

    private static String reference(TargetLanguage lang, MethodDeclaration method) {
        String prefix = switch (lang) {
            case RUST -> "/// ";
            case TYPESCRIPT -> " * ";
            case PYTHON -> "# ";
            default -> "// ";
        };
        StringBuilder b = new StringBuilder();
        for (String line : method.toString().split("\n")) {
            b.append(prefix).append(line.replace("*/", "* /")).append('\n');
        }
        return b.toString().stripTrailing();
    }

    static String render(String template, Map<String, String> vars) {
        String out = template;
        for (Map.Entry<String, String> v : vars.entrySet()) {
            out = out.replace("${" + v.getKey() + "}", v.getValue());
        }
        return out;
    }

    private static String upperCamel(String kebab) {
        StringBuilder b = new StringBuilder();
        for (String part : kebab.split("-")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }

    private static String exists(String path) throws GeneratorException {
        try (InputStream in = StubWriter.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GeneratorException("cannot read wasmfit's template " + path, e);
        }
    }

    private static String resource(String path) throws GeneratorException {
        String text = exists(path);
        if (text == null) {
            throw new GeneratorException("wasmfit is missing its template " + path);
        }
        return text;
    }

    /** Java types in a stub language, and a declaration of a request/response type. */
    interface TypeNames {
        String name(TypeRef t);

        String declare(String name, List<String[]> fields);

        static TypeNames of(TargetLanguage lang) {
            return switch (lang) {
                case RUST -> new Rust();
                case TYPESCRIPT -> new TypeScript();
                case PYTHON -> new Python();
                default -> new Go();
            };
        }
    }

    private static String base(TypeRef t) {
        return switch (t.name()) {
            case "java.lang.String", "char", "java.lang.Character" -> "string";
            case "int", "java.lang.Integer", "short", "java.lang.Short", "byte", "java.lang.Byte" -> "int";
            case "long", "java.lang.Long" -> "long";
            case "double", "java.lang.Double", "float", "java.lang.Float" -> "float";
            case "boolean", "java.lang.Boolean" -> "bool";
            case "java.math.BigDecimal", "java.math.BigInteger" -> "decimal";
            case "java.util.List", "java.util.Set", "java.util.Collection" -> "list";
            default -> "object";
        };
    }

    private static final class Rust implements TypeNames {
        public String name(TypeRef t) {
            return switch (base(t)) {
                case "string" -> "String";
                case "int" -> "i32";
                case "long" -> "i64";
                case "float" -> "f64";
                case "bool" -> "bool";
                case "decimal" -> "String /* BigDecimal in Java: keep it exact */";
                case "list" -> "Vec<" + name(t.arg(0)) + ">";
                default -> "serde_json::Value /* " + t.simpleName() + " */";
            };
        }

        public String declare(String name, List<String[]> fields) {
            StringBuilder b = new StringBuilder("#[derive(Debug, serde::Deserialize, serde::Serialize)]\n#[serde(rename_all = \"camelCase\")]\npub struct ")
                    .append(name).append(" {\n");
            fields.forEach(f -> b.append("    pub ").append(snake(f[0])).append(": ").append(f[1]).append(",\n"));
            return b.append("}\n").toString();
        }
    }

    private static final class TypeScript implements TypeNames {
        public String name(TypeRef t) {
            return switch (base(t)) {
                case "string", "decimal" -> "string";
                case "int", "long", "float" -> "number";
                case "bool" -> "boolean";
                case "list" -> name(t.arg(0)) + "[]";
                default -> "unknown /* " + t.simpleName() + " */";
            };
        }

        public String declare(String name, List<String[]> fields) {
            StringBuilder b = new StringBuilder("export interface ").append(name).append(" {\n");
            fields.forEach(f -> b.append("    ").append(f[0]).append(": ").append(f[1]).append(";\n"));
            return b.append("}\n").toString();
        }
    }

    private static final class Python implements TypeNames {
        public String name(TypeRef t) {
            return switch (base(t)) {
                case "string" -> "str";
                case "int", "long" -> "int";
                case "float" -> "float";
                case "bool" -> "bool";
                case "decimal" -> "Decimal";
                case "list" -> "list[" + name(t.arg(0)) + "]";
                default -> "Any  # " + t.simpleName();
            };
        }

        public String declare(String name, List<String[]> fields) {
            StringBuilder b = new StringBuilder("@dataclass\nclass ").append(name).append(":\n");
            if (fields.isEmpty()) {
                b.append("    pass\n");
            }
            fields.forEach(f -> b.append("    ").append(snake(f[0])).append(": Optional[").append(f[1].replaceAll("  #.*", ""))
                    .append("]").append(f[1].contains("#") ? "  #" + f[1].substring(f[1].indexOf('#') + 1) : "").append('\n'));
            return b.toString();
        }
    }

    private static final class Go implements TypeNames {
        public String name(TypeRef t) {
            return switch (base(t)) {
                case "string", "decimal" -> "string";
                case "int" -> "int32";
                case "long" -> "int64";
                case "float" -> "float64";
                case "bool" -> "bool";
                case "list" -> "[]" + name(t.arg(0));
                default -> "map[string]any";
            };
        }

        public String declare(String name, List<String[]> fields) {
            StringBuilder b = new StringBuilder("type ").append(name).append(" struct {\n");
            fields.forEach(f -> b.append("\t").append(Character.toUpperCase(f[0].charAt(0))).append(f[0].substring(1)).append(' ')
                    .append(f[1]).append(" `json:\"").append(f[0]).append("\"`\n"));
            return b.append("}\n").toString();
        }
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
