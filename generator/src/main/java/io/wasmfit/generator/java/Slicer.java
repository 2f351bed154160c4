package io.wasmfit.generator.java;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;

import io.wasmfit.analyzer.index.JdkTypes;
import io.wasmfit.analyzer.parse.JavaFileParser;
import io.wasmfit.generator.Finding;
import io.wasmfit.generator.GeneratedHeader;

/**
 * Cuts the closure's files down to what the candidate needs: closure types only, the methods the
 * closure reaches (plus constructors, initializers and overrides), no framework annotations or
 * imports, injected collaborators wired by {@link Wiring} or removed when unused, and members
 * TeaVM cannot compile stubbed with a loud exception. In {@code conservative} mode no member is
 * removed (used when the aggressive slice does not compile).
 */
final class Slicer {

    /** Annotations of the JDK: they stay. */
    private static final Set<String> KEPT_ANNOTATIONS = Set.of("Override", "FunctionalInterface", "SafeVarargs",
            "Deprecated", "SuppressWarnings");
    /** Annotations that carry behaviour the satellite loses; each is reported. */
    private static final Map<String, String> BEHAVIOUR = Map.ofEntries(
            Map.entry("Transactional", "transaction boundaries"), Map.entry("Valid", "bean validation"),
            Map.entry("Validated", "bean validation"), Map.entry("NotNull", "bean validation"),
            Map.entry("NotBlank", "bean validation"), Map.entry("NotEmpty", "bean validation"),
            Map.entry("Size", "bean validation"), Map.entry("Min", "bean validation"), Map.entry("Max", "bean validation"),
            Map.entry("Positive", "bean validation"), Map.entry("PositiveOrZero", "bean validation"),
            Map.entry("Pattern", "bean validation"), Map.entry("Email", "bean validation"),
            Map.entry("Cacheable", "caching"), Map.entry("CacheEvict", "caching"), Map.entry("CachePut", "caching"),
            Map.entry("PreAuthorize", "method security"), Map.entry("Secured", "method security"),
            Map.entry("RolesAllowed", "method security"), Map.entry("Async", "asynchronous execution"),
            Map.entry("Retryable", "retries"));
    static final Set<String> INJECTION = Set.of("Autowired", "Inject", "Resource", "Value");

    private final ClosureSources sources;
    private final Set<String> methodIds;
    private final boolean conservative;
    private final List<Finding> findings;
    private final TodoStubWriter stubWriter;
    private Set<String> instantiated;

    /**
     * The sliced files (output path under the satellite → text), how to build the candidate's
     * object, and the collaborators that answer 501.
     */
    record Result(Map<String, String> files, String construction, List<StubbedCollaborator> stubs) {
    }

    Slicer(ClosureSources sources, Set<String> methodIds, boolean conservative, List<Finding> findings, TodoStubWriter stubWriter) {
        this.sources = sources;
        this.methodIds = methodIds;
        this.conservative = conservative;
        this.findings = findings;
        this.stubWriter = stubWriter;
    }

    Result slice(String candidateId) {
        Map<String, CompilationUnit> cut = new LinkedHashMap<>();
        Map<String, TypeDeclaration<?>> declarations = new LinkedHashMap<>();
        Set<String> done = new LinkedHashSet<>();
        String construction;
        List<Finding> wiringFindings;
        List<Wiring.Stub> stubs;
        TodoStubWriter.Output stubbed;
        do {
            // wiring and stubs may need types outside the closure (an implementation, a type in a
            // signature): they move too, so slice until nothing new comes
            for (Map.Entry<String, CompilationUnit> e : new ArrayList<>(sources.units().entrySet())) {
                if (!done.add(e.getKey())) {
                    continue;
                }
                CompilationUnit cu = e.getValue().clone();
                LexicalPreservingPrinter.setup(cu);
                if (cutTypes(cu, e.getKey())) {
                    cut.put(e.getKey(), cu);
                    cu.findAll(TypeDeclaration.class).forEach(t -> declarations.put(((TypeDeclaration<?>) t).getFullyQualifiedName().orElse(""), t));
                }
            }
            wiringFindings = new ArrayList<>();
            Wiring wiring = new Wiring(sources, declarations, wiringFindings, stubWriter.libraries());
            cut.forEach((file, cu) -> cu.findAll(TypeDeclaration.class).forEach(t -> wiring.wireInjectedFields(t, file)));
            construction = wiring.construct(sources.candidate().declaringType());
            stubs = wiring.stubs();
            stubbed = stubWriter.write(stubs, cut);
        } while (!done.containsAll(sources.units().keySet()));
        findings.addAll(wiringFindings);
        findings.addAll(stubbed.findings());
        Set<String> replacedFiles = new LinkedHashSet<>();
        for (Wiring.Stub stub : stubs) {
            replacedFiles.add(sources.fileOf(stub.fqn()));
            if (stub.omitted() != null) {
                replacedFiles.add(sources.fileOf(stub.omitted()));
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        cut.forEach((file, cu) -> {
            if (replacedFiles.contains(file)) {
                return;
            }
            stripFramework(cu, file);
            String pkg = cu.getPackageDeclaration().map(p -> p.getNameAsString().replace('.', '/') + "/").orElse("");
            String name = file.substring(file.lastIndexOf('/') + 1);
            String header = GeneratedHeader.forFile(name, candidateId, "sliced from " + file
                    + (conservative ? " (all members kept)" : ""));
            out.put("src/main/java/" + pkg + name, header + print(cu));
        });
        out.putAll(stubbed.files());
        return new Result(out, construction, stubbed.stubs());
    }

    /**
     * The sliced file, with its original layout where the lexical-preserving printer manages;
     * its output is parsed again because some removals (an annotation inside a type argument,
     * {@code List<@Valid Line>}) leave it broken, and then the tree is pretty-printed instead.
     */
    private static String print(CompilationUnit cu) {
        try {
            String text = LexicalPreservingPrinter.print(cu);
            if (new JavaParser(new ParserConfiguration().setLanguageLevel(JavaFileParser.LANGUAGE_LEVEL)).parse(text).isSuccessful()) {
                return text;
            }
        } catch (RuntimeException printerTrouble) {
            // fall through to the pretty printer
        }
        return cu.toString();
    }

    /** Removes the types and members the candidate does not reach; false when nothing of the file is kept. */
    private boolean cutTypes(CompilationUnit cu, String file) {
        boolean any = false;
        for (TypeDeclaration<?> t : new ArrayList<>(cu.findAll(TypeDeclaration.class))) {
            if (!isKept(t)) {
                t.remove();
            } else {
                any = true;
            }
        }
        if (any) {
            for (TypeDeclaration<?> t : cu.findAll(TypeDeclaration.class)) {
                sliceType(t, file);
            }
        }
        return any;
    }

    private void stripFramework(CompilationUnit cu, String file) {
        for (AnnotationExpr a : new ArrayList<>(cu.findAll(AnnotationExpr.class))) {
            String name = a.getName().getIdentifier();
            if (!KEPT_ANNOTATIONS.contains(name) && !isLocalAnnotation(name) && a.getParentNode().isPresent()) {
                if (BEHAVIOUR.containsKey(name)) {
                    findings.add(new Finding(Finding.Kind.DROPPED_BEHAVIOUR, "@" + name + " removed: the satellite has no "
                            + BEHAVIOUR.get(name) + " (" + owner(a) + ")", file, line(a)));
                }
                a.remove();
            }
        }
        for (ClassOrInterfaceDeclaration c : cu.findAll(ClassOrInterfaceDeclaration.class)) {
            dropExternalSupertypes(c.getExtendedTypes(), c, file);
            dropExternalSupertypes(c.getImplementedTypes(), c, file);
        }
        for (ImportDeclaration imp : new ArrayList<>(cu.getImports())) {
            if (!keepImport(imp)) {
                imp.remove();
            }
        }
    }

    /** {@code extends JpaRepository<...>}: a library supertype cannot come along. */
    private void dropExternalSupertypes(NodeList<ClassOrInterfaceType> types, TypeDeclaration<?> owner, String file) {
        String ctx = owner.getFullyQualifiedName().orElse("");
        for (ClassOrInterfaceType t : new ArrayList<>(types)) {
            String fqn = sources.resolve(t, ctx).name();
            if (!JdkTypes.exists(fqn) && !sources.types().contains(fqn)) {
                findings.add(new Finding(Finding.Kind.REPLACED, owner.getNameAsString() + " no longer extends " + t.getNameAsString()
                        + " (a library type that cannot move); the methods it inherited are left to implement", file, line(t)));
                t.remove();
            }
        }
    }

    private boolean isKept(TypeDeclaration<?> t) {
        String fqn = t.getFullyQualifiedName().orElse("");
        if (sources.types().contains(fqn)) {
            return true;
        }
        return sources.types().stream().anyMatch(k -> k.startsWith(fqn + "."));
    }

    private void sliceType(TypeDeclaration<?> t, String file) {
        String fqn = t.getFullyQualifiedName().orElse("");
        if (!conservative) {
            Set<String> calledOnCreation = new LinkedHashSet<>();
            for (BodyDeclaration<?> member : t.getMembers()) {
                if (member instanceof ConstructorDeclaration || member instanceof FieldDeclaration
                        || member instanceof com.github.javaparser.ast.body.InitializerDeclaration) {
                    member.findAll(com.github.javaparser.ast.expr.MethodCallExpr.class).stream()
                            .filter(c -> c.getScope().isEmpty() || c.getScope().get().isThisExpr())
                            .forEach(c -> calledOnCreation.add(c.getNameAsString()));
                }
            }
            for (MethodDeclaration m : new ArrayList<>(t.getMethods())) {
                if (!reached(fqn, m) && !calledOnCreation.contains(m.getNameAsString())) {
                    m.remove();
                }
            }
            removeUnusedCollaborators(t);
        }
        for (BodyDeclaration<?> member : t.getMembers()) {
            if (member instanceof CallableDeclaration<?> c) {
                TeaVmLimits.rewriteClasslibGaps(c, file, findings);
                TeaVmLimits.stubIfUnsupported(c, file, findings);
            }
        }
    }

    private boolean reached(String fqn, MethodDeclaration m) {
        if (methodIds.contains(fqn + "#" + ClosureSources.signature(m)) || m.isAbstract() || m.getBody().isEmpty()
                || m.getAnnotationByName("Override").isPresent()) {
            return true;
        }
        String name = m.getNameAsString();
        boolean objectMethod = (name.equals("toString") || name.equals("hashCode")) && m.getParameters().isEmpty()
                || name.equals("equals") && m.getParameters().size() == 1
                || name.equals("compareTo") && m.getParameters().size() == 1;
        boolean inEnumConstant = m.getParentNode().filter(p -> p instanceof com.github.javaparser.ast.body.EnumConstantDeclaration).isPresent();
        return objectMethod || inEnumConstant;
    }

    /**
     * Instance fields that hold collaborators no kept method reads (the other endpoints' services)
     * go, with the constructor parameters that filled them.
     */
    private void removeUnusedCollaborators(TypeDeclaration<?> t) {
        if (t instanceof EnumDeclaration || instantiatedInTheCode(t.getNameAsString())) {
            return; // its constructors are called by the code, not by the container: their parameters stay
        }
        for (FieldDeclaration f : new ArrayList<>(t.getFields())) {
            if (f.isStatic() || f.getVariables().size() != 1) {
                continue;
            }
            VariableDeclarator v = f.getVariable(0);
            String name = v.getNameAsString();
            if (v.getInitializer().isPresent() && f.getAnnotations().stream().noneMatch(a -> INJECTION.contains(a.getNameAsString()))) {
                continue;
            }
            if (readOutsideConstructors(t, name)) {
                continue;
            }
            List<Parameter> params = new ArrayList<>();
            List<ExpressionStmt> assignments = new ArrayList<>();
            for (ConstructorDeclaration c : t.getConstructors()) {
                for (ExpressionStmt s : c.getBody().findAll(ExpressionStmt.class)) {
                    if (s.getExpression() instanceof AssignExpr a && assignsField(a, name)
                            && a.getValue() instanceof NameExpr param) {
                        c.getParameterByName(param.getNameAsString()).ifPresent(params::add);
                        assignments.add(s);
                    }
                }
            }
            if (params.stream().anyMatch(p -> wouldDuplicateAConstructor(t, p))) {
                continue;
            }
            params.forEach(Parameter::remove);
            assignments.forEach(ExpressionStmt::remove);
            boolean injected = f.getAnnotations().stream().anyMatch(a -> INJECTION.contains(a.getNameAsString()));
            if (!assignments.isEmpty() || injected) {
                f.remove();
            }
        }
    }

    /** Whether some file of the closure calls {@code new Name(...)}. */
    private boolean instantiatedInTheCode(String simpleName) {
        if (instantiated == null) {
            instantiated = new java.util.HashSet<>();
            sources.units().values().forEach(cu -> cu.findAll(ObjectCreationExpr.class)
                    .forEach(n -> instantiated.add(n.getType().getNameAsString())));
        }
        return instantiated.contains(simpleName);
    }

    private static boolean wouldDuplicateAConstructor(TypeDeclaration<?> t, Parameter removed) {
        ConstructorDeclaration owner = (ConstructorDeclaration) removed.getParentNode().orElseThrow();
        List<String> left = owner.getParameters().stream().filter(p -> p != removed).map(p -> p.getType().asString()).toList();
        return t.getConstructors().stream().filter(c -> c != owner)
                .anyMatch(c -> c.getParameters().stream().map(p -> p.getType().asString()).toList().equals(left));
    }

    private static boolean assignsField(AssignExpr a, String name) {
        return a.getTarget() instanceof FieldAccessExpr fa && fa.getNameAsString().equals(name) && fa.getScope().isThisExpr()
                || a.getTarget() instanceof NameExpr n && n.getNameAsString().equals(name);
    }

    private static boolean readOutsideConstructors(TypeDeclaration<?> t, String field) {
        for (BodyDeclaration<?> member : t.getMembers()) {
            if (member instanceof ConstructorDeclaration || member instanceof FieldDeclaration fd && fd.getVariables().stream()
                    .anyMatch(v -> v.getNameAsString().equals(field))) {
                continue;
            }
            boolean used = member.findAll(NameExpr.class).stream().anyMatch(n -> n.getNameAsString().equals(field))
                    || member.findAll(FieldAccessExpr.class).stream().anyMatch(n -> n.getNameAsString().equals(field));
            if (used) {
                return true;
            }
        }
        return false;
    }

    private boolean isLocalAnnotation(String simpleName) {
        return sources.types().stream().anyMatch(t -> t.endsWith("." + simpleName));
    }

    private boolean keepImport(ImportDeclaration imp) {
        String name = imp.getNameAsString();
        if (imp.isAsterisk()) {
            return name.startsWith("java.") || name.startsWith("javax.") && JdkTypes.exists(name + ".package-info")
                    || sources.types().stream().anyMatch(t -> t.startsWith(name + "."));
        }
        String type = imp.isStatic() ? name.substring(0, Math.max(0, name.lastIndexOf('.'))) : name;
        return JdkTypes.exists(type) || sources.types().contains(type)
                || sources.types().stream().anyMatch(t -> t.startsWith(type + "."));
    }

    private static String owner(Node n) {
        return n.findAncestor(CallableDeclaration.class).map(c -> ((CallableDeclaration<?>) c).getNameAsString())
                .or(() -> n.findAncestor(TypeDeclaration.class).map(t -> ((TypeDeclaration<?>) t).getNameAsString()))
                .orElse("?");
    }

    static int line(Node n) {
        return n.getBegin().map(b -> b.line).orElse(0);
    }

    /** Whether {@code c} has a body that can be replaced. */
    static boolean hasBody(CallableDeclaration<?> c) {
        return c instanceof ConstructorDeclaration || c instanceof MethodDeclaration m && m.getBody().isPresent();
    }

    static BlockStmt body(CallableDeclaration<?> c) {
        return c instanceof ConstructorDeclaration k ? k.getBody() : ((MethodDeclaration) c).getBody().orElseGet(BlockStmt::new);
    }

    @SuppressWarnings("unused")
    private static boolean isPrivate(CallableDeclaration<?> c) {
        return c.getModifiers().contains(Modifier.privateModifier());
    }

    static Set<String> kept(Set<String> a) {
        return new LinkedHashSet<>(a);
    }
}
