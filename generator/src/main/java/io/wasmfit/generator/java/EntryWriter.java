package io.wasmfit.generator.java;

import java.util.List;

import com.github.javaparser.ast.body.MethodDeclaration;

/**
 * Writes {@code WasmfitMain}, the satellite's WAGI entry: {@code main} reads the request through
 * WASI; {@code respond} turns one request (argv, CGI environment, body) into the whole CGI
 * response, converting parameters by their declared types and names and writing the result with
 * the generated JSON code. Compare calls {@code respond} on the JVM with the same request the Wasm
 * module gets, so both sides run the same entry.
 */
final class EntryWriter {

    /** Where the answer to a stubbed collaborator's exception goes, when the satellite has stubs. */
    static final String TODO_CATCH = "%TODO_CATCH%";

    private EntryWriter() {
    }

    static String write(String packageName, String candidateId, MethodDeclaration method, String declaringType,
                        List<HttpParam> params, String construction, String spinRoute, JsonCodecWriter codec,
                        ClosureSources sources) {
        StringBuilder s = new StringBuilder();
        s.append("package ").append(packageName).append(";\n\n");
        s.append("import java.util.Map;\n\n");
        s.append("/**\n * The WAGI entry of the satellite for ").append(candidateId).append(".\n");
        s.append(" * Spin runs main() once per request (executor = { type = \"wagi\" }); respond() is the whole request.\n */\n");
        s.append("public final class WasmfitMain {\n\n");
        s.append("    static final String ROUTE = \"").append(JsonCodecWriter.escapeJava(spinRoute)).append("\";\n\n");
        s.append("    private WasmfitMain() {\n    }\n\n");
        s.append("    public static void main(String[] args) {\n");
        s.append("        byte[] response = respond(args, WasmfitWasi.environment(), WasmfitWasi.stdin());\n");
        s.append("        System.out.write(response, 0, response.length);\n");
        s.append("        System.out.flush();\n");
        s.append("    }\n\n");
        s.append("    /** Builds the candidate's object the way the application's container did. */\n");
        s.append("    static ").append(declaringType).append(" target() {\n");
        s.append("        return ").append(construction).append(";\n");
        s.append("    }\n\n");
        s.append("    /** One request in (argv, CGI environment, body), the whole CGI response out. */\n");
        s.append("    public static byte[] respond(String[] argv, Map<String, String> env, byte[] body) {\n");
        s.append("        WasmfitHttp.Request request = WasmfitHttp.request(env, body, ROUTE);\n");
        s.append("        try {\n");
        boolean bodyRead = false;
        String context = declaringType;
        for (HttpParam p : params) {
            String t = p.type().source();
            String var = "p_" + p.javaName();
            switch (p.source()) {
                case QUERY, PATH, HEADER -> {
                    String raw = switch (p.source()) {
                        case QUERY -> "request.query(\"" + JsonCodecWriter.escapeJava(p.key()) + "\")";
                        case PATH -> "request.path(\"" + JsonCodecWriter.escapeJava(p.key()) + "\")";
                        default -> "request.header(\"" + JsonCodecWriter.escapeJava(p.key()) + "\")";
                    };
                    String what = (p.source() == HttpParam.Source.QUERY ? "request parameter '"
                            : p.source() == HttpParam.Source.PATH ? "path variable '" : "header '") + p.key() + "'";
                    String dflt = p.defaultValue() == null ? "null" : "\"" + JsonCodecWriter.escapeJava(p.defaultValue()) + "\"";
                    s.append("            String raw_").append(p.javaName()).append(" = WasmfitHttp.param(").append(raw).append(", ")
                            .append(dflt).append(", ").append(p.required() || p.type().isPrimitive()).append(", \"")
                            .append(JsonCodecWriter.escapeJava(what)).append("\");\n");
                    s.append("            ").append(t).append(' ').append(var).append(" = ")
                            .append(convert(p, "raw_" + p.javaName(), "\"" + JsonCodecWriter.escapeJava(what) + "\"", sources))
                            .append(";\n");
                }
                case BODY -> {
                    if (!bodyRead) {
                        s.append("            Object json = WasmfitHttp.parseJson(request.body);\n");
                        bodyRead = true;
                    }
                    s.append("            ").append(t).append(' ').append(var).append(" = ")
                            .append(codec.read(p.type(), "json", "request body")).append(";\n");
                    if (p.required()) {
                        s.append("            if (").append(var).append(" == null) {\n")
                                .append("                throw new WasmfitHttp.BadRequest(\"Required request body is missing\");\n")
                                .append("            }\n");
                    }
                }
                default -> s.append("            ").append(t).append(' ').append(var).append(" = ")
                        .append(p.type().isPrimitive() ? (p.type().name().equals("boolean") ? "false" : "0") : "null")
                        .append("; // no equivalent in a WAGI request\n");
            }
        }
        String call = "target()." + method.getNameAsString() + "(" + String.join(", ",
                params.stream().map(p -> "p_" + p.javaName()).toList()) + ")";
        if (method.getType().isVoidType()) {
            s.append("            ").append(call).append(";\n");
            s.append("            return WasmfitHttp.empty();\n");
        } else {
            TypeRef result = sources.resolve(method.getType(), context);
            s.append("            ").append(result.source()).append(" result = ").append(call).append(";\n");
            s.append("            StringBuilder out = new StringBuilder();\n");
            s.append(codec.write(result, "result", "out", "            "));
            s.append("            return WasmfitHttp.ok(out.toString());\n");
        }
        s.append(TODO_CATCH);
        s.append("        } catch (WasmfitHttp.BadRequest e) {\n");
        s.append("            return WasmfitHttp.error(400, \"Bad Request\", e.getMessage(), request.path);\n");
        s.append("        } catch (IllegalArgumentException e) {\n");
        s.append("            return WasmfitHttp.error(400, \"Bad Request\", e.getMessage(), request.path);\n");
        s.append("        } catch (RuntimeException e) {\n");
        s.append("            return WasmfitHttp.error(500, \"Internal Server Error\", e.getClass().getName() + \": \" + e.getMessage(), request.path);\n");
        s.append("        }\n");
        s.append("    }\n");
        for (HttpParam p : params) {
            boolean isEnum = p.source() != HttpParam.Source.BODY && p.source() != HttpParam.Source.NONE
                    && sources.declaration(p.type().name()).map(d -> d instanceof com.github.javaparser.ast.body.EnumDeclaration)
                    .orElse(false);
            if (isEnum) {
                String t = p.type().source();
                s.append("\n    private static ").append(t).append(" enumOf_").append(p.javaName()).append("(String raw, String what) {\n")
                        .append("        if (raw == null || raw.trim().isEmpty()) {\n            return null;\n        }\n")
                        .append("        try {\n            return ").append(t).append(".valueOf(raw.trim());\n")
                        .append("        } catch (IllegalArgumentException e) {\n")
                        .append("            throw WasmfitHttp.badEnum(raw, what);\n        }\n    }\n");
            }
        }
        s.append("}\n");
        return s.toString();
    }

    /** The conversion Spring MVC applies to a request parameter of this type. */
    private static String convert(HttpParam p, String raw, String what, ClosureSources sources) {
        String n = p.type().name();
        return switch (n) {
            case "java.lang.String" -> raw;
            case "int" -> "WasmfitHttp.toInt(" + raw + ", " + what + ")";
            case "java.lang.Integer" -> "WasmfitHttp.toIntegerOrNull(" + raw + ", " + what + ")";
            case "long" -> "WasmfitHttp.toLong(" + raw + ", " + what + ")";
            case "java.lang.Long" -> "WasmfitHttp.toLongOrNull(" + raw + ", " + what + ")";
            case "short" -> "(short) WasmfitHttp.toInt(" + raw + ", " + what + ")";
            case "byte" -> "(byte) WasmfitHttp.toInt(" + raw + ", " + what + ")";
            case "double" -> "WasmfitHttp.toDouble(" + raw + ", " + what + ")";
            case "float" -> "(float) WasmfitHttp.toDouble(" + raw + ", " + what + ")";
            case "java.lang.Double" -> "WasmfitHttp.toDoubleOrNull(" + raw + ", " + what + ")";
            case "boolean" -> "WasmfitHttp.toBoolean(" + raw + ", " + what + ")";
            case "java.lang.Boolean" -> "WasmfitHttp.toBooleanOrNull(" + raw + ", " + what + ")";
            case "java.math.BigDecimal" -> "WasmfitHttp.toBigDecimal(" + raw + ", " + what + ")";
            case "java.math.BigInteger" -> "WasmfitHttp.toBigInteger(" + raw + ", " + what + ")";
            default -> {
                boolean isEnum = sources.declaration(n).map(d -> d instanceof com.github.javaparser.ast.body.EnumDeclaration)
                        .orElse(false);
                yield isEnum ? "WasmfitMain.enumOf_" + p.javaName() + "(" + raw + ", " + what + ")" : "null";
            }
        };
    }
}
