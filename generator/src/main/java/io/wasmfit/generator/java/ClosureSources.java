package io.wasmfit.generator.java;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;

import io.wasmfit.analyzer.Analysis;
import io.wasmfit.analyzer.ScanListener;
import io.wasmfit.analyzer.ScanOptions;
import io.wasmfit.analyzer.Scanner;
import io.wasmfit.analyzer.index.JdkTypes;
import io.wasmfit.analyzer.index.RepoIndex;
import io.wasmfit.analyzer.index.TypeEntry;
import io.wasmfit.analyzer.parse.JavaFileParser;
import io.wasmfit.analyzer.workspace.WorkspaceException;
import io.wasmfit.generator.GeneratorException;
import io.wasmfit.model.Candidate;

/**
 * The original sources of a candidate's closure: each file that declares a closure type, parsed
 * with comments, and the repository index that gives type names their meaning. The trees are
 * fresh copies: slicing changes them, the originals on disk are never touched.
 */
public final class ClosureSources {

    private final Path root;
    private final RepoIndex index;
    private final Candidate candidate;
    private final Set<String> types;
    private final Map<String, CompilationUnit> units = new LinkedHashMap<>();

    private ClosureSources(Path root, RepoIndex index, Candidate candidate, Set<String> types) {
        this.root = root;
        this.index = index;
        this.candidate = candidate;
        this.types = types;
    }

    /** Parses the workspace at {@code root} (the report's source root) and the files of the closure. */
    public static ClosureSources load(Path root, Candidate candidate) throws GeneratorException {
        Analysis analysis;
        try {
            analysis = new Scanner(ScanOptions.defaults(Path.of(System.getProperty("java.io.tmpdir"), "wasmfit-generator"),
                    "generator").withJobs(1))
                    .analyze(root.toString(), null, ScanListener.NONE);
        } catch (WorkspaceException e) {
            throw new GeneratorException("cannot read the scanned sources at " + root + ": " + e.getMessage()
                    + " (the report's source.root must still hold the code that was scanned)", e);
        }
        RepoIndex index = analysis.index();
        Set<String> types = new LinkedHashSet<>(candidate.closure().typeNames());
        types.add(candidate.declaringType());
        ClosureSources sources = new ClosureSources(root, index, candidate, types);
        for (String fqn : types) {
            TypeEntry t = index.type(fqn);
            if (t == null) {
                throw new GeneratorException("type " + fqn + " of candidate " + candidate.id()
                        + " is not in the sources at " + root + " any more; scan again");
            }
            sources.parse(t.file().path());
        }
        sources.addReferencedTypes();
        return sources;
    }

    private void parse(String relPath) throws GeneratorException {
        if (units.containsKey(relPath)) {
            return;
        }
        Path file = root.resolve(relPath);
        try {
            JavaParser parser = new JavaParser(new ParserConfiguration()
                    .setLanguageLevel(JavaFileParser.LANGUAGE_LEVEL).setAttributeComments(true));
            ParseResult<CompilationUnit> result = parser.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (result.getResult().isEmpty() || !result.isSuccessful()) {
                throw new GeneratorException("cannot parse " + relPath + ": " + result.getProblems());
            }
            units.put(relPath, result.getResult().get());
        } catch (IOException e) {
            throw new GeneratorException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Repository types the closure's code names (an enum constant, a record component's type) that
     * the closure analysis did not list: without them the slice would not compile.
     */
    private void addReferencedTypes() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String fqn : new ArrayList<>(types)) {
                Optional<TypeDeclaration<?>> decl = declaration(fqn);
                if (decl.isEmpty()) {
                    continue;
                }
                TypeEntry context = index.type(fqn);
                Set<String> names = new LinkedHashSet<>();
                decl.get().findAll(ClassOrInterfaceType.class).forEach(c -> names.add(c.getNameWithScope()));
                decl.get().findAll(com.github.javaparser.ast.expr.NameExpr.class).forEach(n -> names.add(n.getNameAsString()));
                for (String name : names) {
                    if (name.isEmpty() || !Character.isUpperCase(name.charAt(name.lastIndexOf('.') + 1))) {
                        continue;
                    }
                    String resolved = index.resolveType(name, context);
                    if (resolved != null && index.isLocal(resolved) && !types.contains(resolved)
                            && declaration(resolved).isPresent()) {
                        changed = true;
                    }
                }
            }
        }
    }

    public Path root() {
        return root;
    }

    public RepoIndex index() {
        return index;
    }

    public Candidate candidate() {
        return candidate;
    }

    /** Fully qualified names of the closure's types (the declaring type included). */
    public Set<String> types() {
        return types;
    }

    /** Parsed files by path relative to the root. */
    public Map<String, CompilationUnit> units() {
        return units;
    }

    public String fileOf(String fqn) {
        TypeEntry t = index.type(fqn);
        return t == null ? null : t.file().path();
    }

    /** The declaration of a closure type (nested types too). */
    public Optional<TypeDeclaration<?>> declaration(String fqn) {
        String file = fileOf(fqn);
        if (file == null) {
            return Optional.empty();
        }
        if (!units.containsKey(file)) {
            try {
                parse(file);
            } catch (GeneratorException e) {
                return Optional.empty();
            }
        }
        // a type the satellite needs beyond the closure (a record component's type): it moves too
        types.add(fqn);
        for (TypeDeclaration<?> t : units.get(file).findAll(TypeDeclaration.class)) {
            if (t.getFullyQualifiedName().map(fqn::equals).orElse(false)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The candidate's method, found by name and parameter types as written. */
    public MethodDeclaration entryMethod() throws GeneratorException {
        String id = candidate.id();
        String signature = id.substring(id.indexOf('#') + 1);
        TypeDeclaration<?> type = declaration(candidate.declaringType()).orElseThrow(() ->
                new GeneratorException("the declaring type of " + id + " was not found in " + root));
        for (MethodDeclaration m : type.getMethods()) {
            if (signature(m).equals(signature)) {
                return m;
            }
        }
        throw new GeneratorException("method " + signature + " is not declared in " + candidate.declaringType()
                + " any more (" + fileOf(candidate.declaringType()) + "); scan again");
    }

    static String signature(MethodDeclaration m) {
        return m.getNameAsString() + "(" + m.getParameters().stream().map(ClosureSources::writtenType)
                .collect(Collectors.joining(",")) + ")";
    }

    private static String writtenType(Parameter p) {
        return erased(p.getType()) + (p.isVarArgs() ? "..." : "");
    }

    private static String erased(Type t) {
        if (t instanceof ArrayType a) {
            return erased(a.getComponentType()) + "[]";
        }
        if (t instanceof ClassOrInterfaceType c) {
            return c.getNameWithScope();
        }
        return t.asString();
    }

    /** Resolves a type written in the file of {@code contextFqn}. */
    public TypeRef resolve(Type t, String contextFqn) {
        if (t.isArrayType()) {
            TypeRef element = resolve(t.asArrayType().getComponentType(), contextFqn);
            return new TypeRef(element.name(), element.args(), true);
        }
        if (t.isPrimitiveType()) {
            return TypeRef.of(t.asString());
        }
        if (t.isVarType() || t.isWildcardType() || !t.isClassOrInterfaceType()) {
            return TypeRef.of("java.lang.Object");
        }
        ClassOrInterfaceType c = t.asClassOrInterfaceType();
        TypeEntry context = index.type(contextFqn);
        String name = c.getNameWithScope();
        String resolved = context == null ? null : index.resolveType(name, context);
        if (resolved == null) {
            resolved = JdkTypes.exists("java.lang." + name) ? "java.lang." + name : name;
        }
        List<TypeRef> args = c.getTypeArguments().map(list -> list.stream().map(a -> resolve(a, contextFqn)).toList())
                .orElse(List.of());
        return new TypeRef(resolved, args, false);
    }

    /** The fully qualified name of the type that declares {@code node}. */
    public static String enclosingType(Node node) {
        return node.findAncestor(TypeDeclaration.class).flatMap(t -> ((TypeDeclaration<?>) t).getFullyQualifiedName()).orElse("");
    }
}
