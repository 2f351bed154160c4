package io.wasmfit.generator.java;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;

import io.wasmfit.generator.Finding;

/**
 * Reads the parameters of an entry method the way Spring MVC and JAX-RS bind them: annotation,
 * name, default value, required. What a WAGI request cannot provide is bound to null and reported.
 */
public final class HttpBinding {

    private static final Set<String> SIMPLE = Set.of("java.lang.String", "int", "long", "short", "byte", "double",
            "float", "boolean", "char", "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte",
            "java.lang.Double", "java.lang.Float", "java.lang.Boolean", "java.lang.Character", "java.math.BigDecimal",
            "java.math.BigInteger");

    private HttpBinding() {
    }

    /** Bindings of {@code method}'s parameters; {@code bodyByDefault} for functions whose first parameter is the event. */
    public static List<HttpParam> of(MethodDeclaration method, ClosureSources sources, boolean bodyByDefault,
                                     List<Finding> findings) {
        String context = ClosureSources.enclosingType(method);
        List<HttpParam> out = new ArrayList<>();
        boolean bodyTaken = false;
        for (Parameter p : method.getParameters()) {
            TypeRef type = sources.resolve(p.getType(), context);
            String name = p.getNameAsString();
            Optional<String> defaultValue = p.getAnnotationByName("DefaultValue").flatMap(HttpBinding::value);
            HttpParam param = null;
            for (AnnotationExpr a : p.getAnnotations()) {
                String ann = a.getName().getIdentifier();
                switch (ann) {
                    case "RequestParam" -> param = new HttpParam(name, key(a, name), HttpParam.Source.QUERY, type,
                            attr(a, "defaultValue").orElse(null), required(a) && attr(a, "defaultValue").isEmpty());
                    case "PathVariable" -> param = new HttpParam(name, key(a, name), HttpParam.Source.PATH, type, null, true);
                    case "RequestHeader" -> param = new HttpParam(name, key(a, name), HttpParam.Source.HEADER, type,
                            attr(a, "defaultValue").orElse(null), required(a) && attr(a, "defaultValue").isEmpty());
                    case "QueryParam" -> param = new HttpParam(name, value(a).orElse(name), HttpParam.Source.QUERY, type,
                            defaultValue.orElse(null), false);
                    case "PathParam" -> param = new HttpParam(name, value(a).orElse(name), HttpParam.Source.PATH, type, null, true);
                    case "HeaderParam" -> param = new HttpParam(name, value(a).orElse(name), HttpParam.Source.HEADER, type,
                            defaultValue.orElse(null), false);
                    case "RequestBody" -> param = new HttpParam(name, null, HttpParam.Source.BODY, type, null, required(a));
                    default -> {
                    }
                }
                if (param != null) {
                    break;
                }
            }
            if (param == null) {
                boolean jaxRs = method.getAnnotations().stream().anyMatch(a -> Set.of("GET", "POST", "PUT", "DELETE", "PATCH")
                        .contains(a.getName().getIdentifier()));
                if (!bodyTaken && (bodyByDefault || jaxRs) && !SIMPLE.contains(type.name()) && !isContext(type)) {
                    param = new HttpParam(name, null, HttpParam.Source.BODY, type, null, true);
                } else if (SIMPLE.contains(type.name()) && !bodyByDefault) {
                    param = new HttpParam(name, name, HttpParam.Source.QUERY, type, null, type.isPrimitive());
                } else {
                    param = new HttpParam(name, null, HttpParam.Source.NONE, type, null, false);
                    findings.add(new Finding(Finding.Kind.TODO, "parameter '" + name + "' (" + type.simpleName()
                            + ") has no equivalent in a WAGI request: the satellite passes null", sources.fileOf(context),
                            p.getBegin().map(b -> b.line).orElse(0)));
                }
            }
            bodyTaken |= param.source() == HttpParam.Source.BODY;
            out.add(param);
        }
        return out;
    }

    private static boolean isContext(TypeRef type) {
        String n = type.name().toLowerCase(Locale.ROOT);
        return n.endsWith("context") || n.startsWith("jakarta.servlet") || n.startsWith("javax.servlet")
                || n.startsWith("org.springframework");
    }

    private static String key(AnnotationExpr a, String fallback) {
        return attr(a, "name").or(() -> attr(a, "value")).or(() -> value(a)).filter(s -> !s.isEmpty()).orElse(fallback);
    }

    private static boolean required(AnnotationExpr a) {
        if (a instanceof NormalAnnotationExpr n) {
            for (MemberValuePair p : n.getPairs()) {
                if (p.getNameAsString().equals("required") && p.getValue() instanceof BooleanLiteralExpr b) {
                    return b.getValue();
                }
            }
        }
        return true;
    }

    static Optional<String> value(AnnotationExpr a) {
        if (a instanceof SingleMemberAnnotationExpr s) {
            return literal(s.getMemberValue());
        }
        return attr(a, "value");
    }

    static Optional<String> attr(AnnotationExpr a, String name) {
        if (a instanceof NormalAnnotationExpr n) {
            for (MemberValuePair p : n.getPairs()) {
                if (p.getNameAsString().equals(name)) {
                    return literal(p.getValue());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> literal(Expression e) {
        return e instanceof StringLiteralExpr s ? Optional.of(s.asString()) : Optional.empty();
    }
}
