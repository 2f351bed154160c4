package io.wasmfit.analyzer.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.ReferenceType;
import com.github.javaparser.ast.type.Type;

import io.wasmfit.analyzer.facts.AnnotationFact;
import io.wasmfit.analyzer.facts.FieldFact;
import io.wasmfit.analyzer.facts.FileFacts;
import io.wasmfit.analyzer.facts.MethodFacts;
import io.wasmfit.analyzer.facts.ParamFact;
import io.wasmfit.analyzer.facts.TypeFacts;
import io.wasmfit.analyzer.facts.TypeFacts.TypeKind;
import io.wasmfit.analyzer.facts.ValueExpr;

/**
 * Turns a syntax tree into {@link FileFacts}: declarations here, method bodies in
 * {@link BodyScanner}. Each tree is walked once (anonymous class bodies and lambdas once more for
 * their own facts); nothing of it is kept. Anonymous classes become types named like javac's
 * ({@code com.acme.Outer$1}) whose supertype is the type they instantiate, so rules about
 * overriding framework methods see them too.
 */
public final class FactExtractor {

    private static final Pattern MUTABLE_TYPE = Pattern.compile(
            ".*(Map|List|Set|Queue|Deque|Collection|Cache|Buffer|Builder|Counter|Registry)|Atomic.*|Concurrent.*|Vector|Stack|Properties");

    private FactExtractor() {
    }

    public static FileFacts extract(CompilationUnit cu, String path) {
        String pkg = cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        List<String> imports = new ArrayList<>();
        List<String> wildcards = new ArrayList<>();
        List<String> statics = new ArrayList<>();
        for (ImportDeclaration imp : cu.getImports()) {
            String name = imp.getNameAsString();
            if (imp.isStatic()) {
                statics.add(imp.isAsterisk() ? name + ".*" : name);
            } else if (imp.isAsterisk()) {
                wildcards.add(name);
            } else {
                imports.add(name);
            }
        }
        List<TypeFacts> types = new ArrayList<>();
        for (TypeDeclaration<?> td : cu.getTypes()) {
            collectType(td, pkg.isEmpty() ? "" : pkg + ".", null, types);
        }
        int lines = cu.getRange().map(r -> r.end.line).orElse(0);
        return new FileFacts(path, pkg, imports, wildcards, statics, types, lines);
    }

    private static void collectType(TypeDeclaration<?> td, String prefix, String outer, List<TypeFacts> out) {
        String fqn = prefix + td.getNameAsString();
        List<FieldFact> recordFields = new ArrayList<>();
        if (td instanceof RecordDeclaration rd) {
            for (Parameter p : rd.getParameters()) {
                recordFields.add(new FieldFact(p.getNameAsString(), typeName(p.getType()), Set.of("private", "final"),
                        annotations(p.getAnnotations()), line(p), null, false));
            }
        }
        List<Expression> enumArguments = new ArrayList<>();
        if (td instanceof EnumDeclaration ed) {
            ed.getEntries().forEach(entry -> enumArguments.addAll(entry.getArguments()));
        }
        int line = line(td);
        Declaration d = new Declaration(fqn, td.getNameAsString(), kind(td), modifiers(td.getModifiers()), line,
                endLine(td, line), supertypes(td), annotations(td.getAnnotations()), outer);
        List<TypeDeclaration<?>> nested = collect(d, td.getMembers(), recordFields, enumArguments,
                td instanceof RecordDeclaration rd ? rd : null, out);
        for (TypeDeclaration<?> member : nested) {
            collectType(member, fqn + ".", fqn, out);
        }
    }

    /** What a type declaration says about itself; its members are read by {@link #collect}. */
    private record Declaration(String fqn, String name, TypeKind kind, Set<String> modifiers, int line, int endLine,
                               List<String> supertypes, List<AnnotationFact> annotations, String outer) {
    }

    /**
     * Reads the members of a type (declared or anonymous) into a {@link TypeFacts}, then the
     * anonymous classes found in its bodies, each as a type of its own. Returns the member types,
     * which the caller extracts after this one.
     */
    private static List<TypeDeclaration<?>> collect(Declaration d, NodeList<BodyDeclaration<?>> members,
                                                    List<FieldFact> recordFields, List<Expression> enumArguments,
                                                    RecordDeclaration record, List<TypeFacts> out) {
        TypeScope scope = new TypeScope(d.fqn());
        List<FieldFact> fields = new ArrayList<>(recordFields);
        List<MethodFacts> methods = new ArrayList<>();
        BodyScanner initializer = new BodyScanner(scope, MethodFacts.INITIALIZER + "()");
        List<TypeDeclaration<?>> nested = new ArrayList<>();
        for (BodyDeclaration<?> member : members) {
            if (member instanceof TypeDeclaration<?> type) {
                nested.add(type);
            } else if (member instanceof FieldDeclaration fd) {
                for (VariableDeclarator v : fd.getVariables()) {
                    fields.add(field(fd, v));
                    if (v.getInitializer().isPresent()) {
                        initializer.scan(v.getInitializer().get());
                    }
                }
            } else if (member instanceof MethodDeclaration md) {
                methods.add(method(md, md.getNameAsString(), typeName(md.getType()), scope, d.name()));
            } else if (member instanceof ConstructorDeclaration cd) {
                methods.add(method(cd, MethodFacts.CONSTRUCTOR, null, scope, d.name()));
            } else if (member instanceof CompactConstructorDeclaration ccd && record != null) {
                methods.add(compactConstructor(ccd, record, scope));
            } else if (member instanceof InitializerDeclaration init) {
                initializer.scan(init.getBody());
            }
        }
        enumArguments.forEach(initializer::scan);
        MethodFacts init = initializer.toMethod(MethodFacts.INITIALIZER, List.of(), null, Set.of(), List.of(), d.line(),
                d.line(), d.endLine());
        // lambdas come after the declared methods, so a declared method's index does not depend on them
        methods.addAll(scope.lambdas());
        out.add(new TypeFacts(d.fqn(), d.name(), d.kind(), d.modifiers(), d.line(), d.endLine(), d.supertypes(),
                d.annotations(), fields, methods, init, d.outer()));
        for (TypeScope.Anonymous a : scope.anonymous()) {
            ObjectCreationExpr n = a.node();
            int line = line(n);
            String name = a.fqn().substring(a.fqn().lastIndexOf('.') + 1);
            Declaration anonymous = new Declaration(a.fqn(), name, TypeKind.CLASS, Set.of(), line,
                    endLine(n, line), List.of(typeName(n.getType())), List.of(), d.fqn());
            List<TypeDeclaration<?>> local = collect(anonymous, n.getAnonymousClassBody().orElseThrow(), List.of(),
                    List.of(), null, out);
            local.forEach(t -> collectType(t, a.fqn() + ".", a.fqn(), out));
        }
        return nested;
    }

    private static MethodFacts method(CallableDeclaration<?> cd, String name, String returnType, TypeScope scope,
                                      String simpleTypeName) {
        List<ParamFact> params = new ArrayList<>();
        for (Parameter p : cd.getParameters()) {
            params.add(new ParamFact(p.getNameAsString(), typeName(p.getType()), annotations(p.getAnnotations()), p.isVarArgs()));
        }
        String signature = MethodFacts.signatureOf(MethodFacts.CONSTRUCTOR.equals(name) ? simpleTypeName : name, params);
        BodyScanner body = new BodyScanner(scope, signature);
        for (Parameter p : cd.getParameters()) {
            body.declare(p.getNameAsString(), typeName(p.getType()));
            body.scan(p.getType());
        }
        if (cd instanceof MethodDeclaration md) {
            body.scan(md.getType());
            if (md.getBody().isPresent()) {
                body.scan(md.getBody().get());
            }
        } else if (cd instanceof ConstructorDeclaration ctor) {
            body.scan(ctor.getBody());
        }
        for (ReferenceType t : cd.getThrownExceptions()) {
            body.scan(t);
        }
        int line = line(cd);
        int nameLine = line(cd.getName());
        return body.toMethod(name, params, returnType, modifiers(cd.getModifiers()), annotations(cd.getAnnotations()),
                line, nameLine > 0 ? nameLine : line, endLine(cd, line));
    }

    private static MethodFacts compactConstructor(CompactConstructorDeclaration ccd, RecordDeclaration record,
                                                  TypeScope scope) {
        List<ParamFact> params = new ArrayList<>();
        for (Parameter p : record.getParameters()) {
            params.add(new ParamFact(p.getNameAsString(), typeName(p.getType()), List.of(), p.isVarArgs()));
        }
        BodyScanner body = new BodyScanner(scope, MethodFacts.signatureOf(record.getNameAsString(), params));
        for (Parameter p : record.getParameters()) {
            body.declare(p.getNameAsString(), typeName(p.getType()));
        }
        body.scan(ccd.getBody());
        int line = line(ccd);
        int nameLine = line(ccd.getName());
        return body.toMethod(MethodFacts.CONSTRUCTOR, params, null, modifiers(ccd.getModifiers()),
                annotations(ccd.getAnnotations()), line, nameLine > 0 ? nameLine : line, endLine(ccd, line));
    }

    private static FieldFact field(FieldDeclaration fd, VariableDeclarator v) {
        ValueExpr constant = null;
        boolean mutable = false;
        if (v.getInitializer().isPresent()) {
            Expression init = v.getInitializer().get();
            constant = isValue(init) ? value(init) : null;
            if (init instanceof ObjectCreationExpr oce) {
                mutable = MUTABLE_TYPE.matcher(oce.getType().getNameAsString()).matches();
            } else {
                mutable = init.isArrayCreationExpr() || init.isArrayInitializerExpr();
            }
        }
        return new FieldFact(v.getNameAsString(), typeName(v.getType()), modifiers(fd.getModifiers()),
                annotations(fd.getAnnotations()), line(v), constant, mutable);
    }

    private static List<String> supertypes(TypeDeclaration<?> td) {
        List<String> out = new ArrayList<>();
        if (td instanceof ClassOrInterfaceDeclaration c) {
            c.getExtendedTypes().forEach(t -> out.add(typeName(t)));
            c.getImplementedTypes().forEach(t -> out.add(typeName(t)));
        } else if (td instanceof EnumDeclaration e) {
            e.getImplementedTypes().forEach(t -> out.add(typeName(t)));
        } else if (td instanceof RecordDeclaration r) {
            r.getImplementedTypes().forEach(t -> out.add(typeName(t)));
        }
        return out;
    }

    private static TypeKind kind(TypeDeclaration<?> td) {
        if (td instanceof ClassOrInterfaceDeclaration c) {
            return c.isInterface() ? TypeKind.INTERFACE : TypeKind.CLASS;
        }
        if (td instanceof EnumDeclaration) {
            return TypeKind.ENUM;
        }
        if (td instanceof RecordDeclaration) {
            return TypeKind.RECORD;
        }
        if (td instanceof AnnotationDeclaration) {
            return TypeKind.ANNOTATION;
        }
        return TypeKind.CLASS;
    }

    static List<AnnotationFact> annotations(NodeList<AnnotationExpr> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<AnnotationFact> out = new ArrayList<>(list.size());
        for (AnnotationExpr a : list) {
            Map<String, ValueExpr> attrs = new LinkedHashMap<>();
            if (a instanceof SingleMemberAnnotationExpr s) {
                attrs.put("value", value(s.getMemberValue()));
            } else if (a instanceof NormalAnnotationExpr n) {
                n.getPairs().forEach(p -> attrs.put(p.getNameAsString(), value(p.getValue())));
            }
            out.add(new AnnotationFact(a.getNameAsString(), attrs, line(a)));
        }
        return out;
    }

    /** A constant-ish expression as a {@link ValueExpr}; anything else is kept as text. */
    static ValueExpr value(Expression e) {
        if (e instanceof EnclosedExpr en) {
            return value(en.getInner());
        }
        if (e instanceof StringLiteralExpr s) {
            return new ValueExpr.Literal(s.asString());
        }
        if (e instanceof TextBlockLiteralExpr t) {
            return new ValueExpr.Literal(t.asString());
        }
        if (e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr || e instanceof DoubleLiteralExpr) {
            return new ValueExpr.Literal(((LiteralStringValueExpr) e).getValue().replace("_", "").replaceAll("[lLdDfF]$", ""));
        }
        if (e instanceof BooleanLiteralExpr b) {
            return new ValueExpr.Literal(String.valueOf(b.getValue()));
        }
        if (e instanceof CharLiteralExpr c) {
            return new ValueExpr.Literal(String.valueOf(c.asChar()));
        }
        if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS
                && value(u.getExpression()) instanceof ValueExpr.Literal lit) {
            return new ValueExpr.Literal("-" + lit.value());
        }
        if (e instanceof NameExpr || e instanceof FieldAccessExpr) {
            return new ValueExpr.Ref(dotted(e));
        }
        if (e instanceof ClassExpr c) {
            return new ValueExpr.ClassLiteral(typeName(c.getType()));
        }
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            return new ValueExpr.Concat(List.of(value(b.getLeft()), value(b.getRight())));
        }
        if (e instanceof ArrayInitializerExpr arr) {
            return new ValueExpr.Array(arr.getValues().stream().map(FactExtractor::value).toList());
        }
        return new ValueExpr.Other(e.toString());
    }

    /**
     * Whether {@link #value} of the expression is a value rather than {@link ValueExpr.Other}: a
     * caller that drops other expressions asks this first, as their text is printed from the tree.
     */
    static boolean isValue(Expression e) {
        if (e instanceof EnclosedExpr en) {
            return isValue(en.getInner());
        }
        if (e instanceof UnaryExpr u) {
            return u.getOperator() == UnaryExpr.Operator.MINUS && value(u.getExpression()) instanceof ValueExpr.Literal;
        }
        if (e instanceof BinaryExpr b) {
            return b.getOperator() == BinaryExpr.Operator.PLUS;
        }
        return e instanceof LiteralExpr && !(e instanceof NullLiteralExpr) || e instanceof NameExpr
                || e instanceof FieldAccessExpr || e instanceof ClassExpr || e instanceof ArrayInitializerExpr;
    }

    /** {@code a.b.C} as written, without printing the tree for the common case of names only. */
    private static String dotted(Expression e) {
        if (e instanceof NameExpr n) {
            return n.getNameAsString();
        }
        if (e instanceof FieldAccessExpr fa && (fa.getScope() instanceof NameExpr || fa.getScope() instanceof FieldAccessExpr)
                && fa.getTypeArguments().isEmpty()) {
            return dotted(fa.getScope()) + "." + fa.getNameAsString();
        }
        return e.toString();
    }

    /**
     * Whether a type is {@code var}. Files are parsed without JavaParser's post-processing (see
     * {@link JavaFileParser#configuration()}), so {@code var} arrives as a class type of that name.
     */
    static boolean isVar(Type t) {
        return t.isVarType() || t instanceof ClassOrInterfaceType c && c.getScope().isEmpty()
                && c.getTypeArguments().isEmpty() && c.getName().getIdentifier().equals("var");
    }

    /** A type as written, without type arguments: {@code List}, {@code Map.Entry}, {@code int[]}. */
    static String typeName(Type t) {
        if (t instanceof ClassOrInterfaceType c) {
            // JavaParser's getNameWithScope builds even a plain name in a StringBuilder, through a lambda
            String name = c.getName().getIdentifier();
            return c.getScope().isPresent() ? typeName(c.getScope().get()) + "." + name : name;
        }
        if (t instanceof ArrayType a) {
            return typeName(a.getComponentType()) + "[]";
        }
        return t.asString();
    }

    static Set<String> modifiers(NodeList<Modifier> modifiers) {
        if (modifiers.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (Modifier m : modifiers) {
            out.add(m.getKeyword().asString());
        }
        return out;
    }

    static int line(Node n) {
        Optional<Range> range = n.getRange();
        return range.isPresent() ? range.get().begin.line : 0;
    }

    static int endLine(Node n, int otherwise) {
        Optional<Range> range = n.getRange();
        return range.isPresent() ? range.get().end.line : otherwise;
    }
}
