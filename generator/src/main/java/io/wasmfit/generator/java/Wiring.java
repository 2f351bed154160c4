package io.wasmfit.generator.java;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

import io.wasmfit.generator.Finding;

/**
 * Does at generation time what the DI container did at startup: the candidate's object and its
 * collaborators become plain constructor calls ({@code new PriceController(new PriceTable())}),
 * field injection becomes a field initializer. A collaborator that cannot run in a WAGI module
 * (a Spring Data repository, a class that holds a RedisTemplate or an HttpClient, an interface
 * nothing implements) gets a {@code WasmfitTodo…} class in its place, which {@link TodoStubWriter}
 * writes; what still cannot be built is passed as null and reported, never dropped silently.
 */
final class Wiring {

    /**
     * A repository type the satellite replaces with a {@code WasmfitTodo…} class.
     *
     * @param reason       why, after its simple name: "extends JpaRepository (Spring Data JPA)"
     * @param libraryTypes the library types that keep it from moving, for the advice in the message
     * @param omitted      the implementation that is not written into the satellite because the stub
     *                     takes its place, or null
     */
    record Stub(String fqn, String reason, List<String> libraryTypes, String omitted) {

        String simpleName() {
            return fqn.substring(fqn.lastIndexOf('.') + 1);
        }

        String stubClass() {
            return fqn.substring(0, fqn.lastIndexOf('.') + 1) + "WasmfitTodo" + simpleName();
        }
    }

    private final ClosureSources sources;
    private final Map<String, TypeDeclaration<?>> sliced;
    private final List<Finding> findings;
    private final LibraryTypes libraries;
    private final Map<String, Optional<Stub>> decided = new HashMap<>();
    private final Map<String, Stub> used = new LinkedHashMap<>();

    Wiring(ClosureSources sources, Map<String, TypeDeclaration<?>> sliced, List<Finding> findings, LibraryTypes libraries) {
        this.sources = sources;
        this.sliced = sliced;
        this.findings = findings;
        this.libraries = libraries;
    }

    /** The collaborators that were wired with a stub, in the order they were met. */
    List<Stub> stubs() {
        return List.copyOf(used.values());
    }

    /** Java source of an expression that builds {@code fqn} with its collaborators. */
    String construct(String fqn) {
        return construct(fqn, new HashSet<>(), "the satellite");
    }

    private String construct(String fqn, Set<String> building, String forWhom) {
        TypeDeclaration<?> decl = sliced.get(fqn);
        if (decl == null) {
            Optional<TypeDeclaration<?>> original = sources.declaration(fqn);
            if (original.isEmpty()) {
                findings.add(new Finding(Finding.Kind.REPLACED, "collaborator " + simple(fqn) + " of " + forWhom
                        + " comes from a library and cannot move: the satellite passes null; give it a Spin-backed implementation",
                        null, 0));
                return "null";
            }
            decl = original.get();
        }
        if (!fqn.equals(sources.candidate().declaringType())) {
            Optional<Stub> stub = stubFor(fqn);
            if (stub.isPresent()) {
                Stub st = stub.get();
                used.putIfAbsent(fqn, st);
                findings.add(new Finding(Finding.Kind.REPLACED, st.simpleName() + " " + st.reason()
                        + " and cannot run in a WAGI module: " + forWhom + " gets " + simple(st.stubClass())
                        + ", whose methods answer 501 (see the README)", sources.fileOf(fqn), Slicer.line(decl)));
                return "new " + st.stubClass() + "()";
            }
        }
        if (!building.add(fqn)) {
            findings.add(new Finding(Finding.Kind.TODO, "collaborators of " + simple(fqn) + " depend on each other in a cycle: passed null",
                    sources.fileOf(fqn), 0));
            return "null";
        }
        try {
            if (decl instanceof ClassOrInterfaceDeclaration c && (c.isInterface() || c.isAbstract())) {
                List<String> impls = implementations(fqn);
                if (impls.size() == 1) {
                    return construct(impls.get(0), building, forWhom);
                }
                findings.add(new Finding(Finding.Kind.TODO, simple(fqn) + " has " + impls.size() + " implementations ("
                        + impls.stream().map(Wiring::simple).collect(Collectors.joining(", ")) + ") and wasmfit cannot tell which"
                        + " one the container injected: " + forWhom + " gets null; construct the right one in WasmfitMain",
                        sources.fileOf(fqn), Slicer.line(c)));
                return "null";
            }
            ConstructorDeclaration ctor = constructorOf(decl);
            if (ctor == null) {
                return "new " + fqn + "()";
            }
            List<String> args = new ArrayList<>();
            ctor.getParameters().forEach(p -> {
                TypeRef t = sources.resolve(p.getType(), fqn);
                args.add(t.isPrimitive() ? defaultOf(t) : construct(t.name(), building, simple(fqn)));
            });
            return "new " + fqn + "(" + String.join(", ", args) + ")";
        } finally {
            building.remove(fqn);
        }
    }

    /**
     * Whether {@code fqn} cannot run in a WAGI module and gets a stub: an interface or abstract
     * class nothing in the repository implements (a Spring Data repository), an interface whose
     * only implementation cannot move, or a class that holds a library collaborator (after
     * slicing, so that only the collaborators the candidate uses count).
     */
    Optional<Stub> stubFor(String fqn) {
        Optional<Stub> known = decided.get(fqn);
        if (known != null) {
            return known;
        }
        decided.put(fqn, Optional.empty()); // a cycle answers "no stub"
        Optional<Stub> stub = decide(fqn);
        decided.put(fqn, stub);
        return stub;
    }

    private Optional<Stub> decide(String fqn) {
        TypeDeclaration<?> decl = sliced.get(fqn);
        if (decl == null) {
            decl = sources.declaration(fqn).orElse(null);
        }
        if (!(decl instanceof ClassOrInterfaceDeclaration c) || !c.isTopLevelType()) {
            return Optional.empty();
        }
        if (c.isInterface() || c.isAbstract()) {
            List<String> impls = implementations(fqn);
            if (impls.isEmpty()) {
                List<String> library = new ArrayList<>();
                for (ClassOrInterfaceType t : supertypes(c)) {
                    String name = sources.resolve(t, fqn).name();
                    if (libraries.cannotMove(name)) {
                        library.add(name);
                    }
                }
                String reason = library.isEmpty()
                        ? "is " + (c.isInterface() ? "an interface" : "an abstract class") + " that nothing in the repository implements"
                        : "extends " + libraries.describeAll(library);
                return Optional.of(new Stub(fqn, reason, library, null));
            }
            if (impls.size() == 1 && c.isInterface() && !impls.get(0).equals(sources.candidate().declaringType())) {
                return stubFor(impls.get(0)).map(s -> new Stub(fqn, "is implemented by " + s.simpleName() + ", which " + s.reason(),
                        s.libraryTypes(), impls.get(0)));
            }
            return Optional.empty();
        }
        List<String> held = new ArrayList<>();
        for (FieldDeclaration f : c.getFields()) {
            if (!f.isStatic()) {
                f.getVariables().forEach(v -> held.add(sources.resolve(v.getType(), fqn).name()));
            }
        }
        ConstructorDeclaration ctor = constructorOf(c);
        if (ctor != null) {
            ctor.getParameters().forEach(p -> held.add(sources.resolve(p.getType(), fqn).name()));
        }
        held.removeIf(name -> !libraries.cannotMove(name));
        return held.isEmpty() ? Optional.empty() : Optional.of(new Stub(fqn, "uses " + libraries.describeAll(held), held, null));
    }

    private static List<ClassOrInterfaceType> supertypes(ClassOrInterfaceDeclaration c) {
        List<ClassOrInterfaceType> all = new ArrayList<>(c.getExtendedTypes());
        all.addAll(c.getImplementedTypes());
        return all;
    }

    private List<String> implementations(String fqn) {
        return sources.index().allSubtypes(fqn).stream()
                .filter(s -> sources.declaration(s).map(d -> d instanceof ClassOrInterfaceDeclaration k
                        && !k.isInterface() && !k.isAbstract()).orElse(false))
                .collect(Collectors.toList());
    }

    /** The constructor the container would call: the only one, the annotated one, else the no-arg one. */
    private static ConstructorDeclaration constructorOf(TypeDeclaration<?> decl) {
        List<ConstructorDeclaration> ctors = decl.getConstructors();
        if (ctors.isEmpty()) {
            return null;
        }
        if (ctors.size() == 1) {
            return ctors.get(0);
        }
        return ctors.stream().filter(c -> c.getAnnotations().stream().anyMatch(a -> Slicer.INJECTION.contains(a.getNameAsString())))
                .findFirst().orElse(ctors.stream().filter(c -> c.getParameters().isEmpty()).findFirst().orElse(ctors.get(0)));
    }

    /** {@code @Autowired private X x;} becomes {@code private X x = new X(...);}. */
    void wireInjectedFields(TypeDeclaration<?> t, String file) {
        String owner = t.getFullyQualifiedName().orElse("");
        if (!owner.equals(sources.candidate().declaringType()) && stubFor(owner).isPresent()) {
            return; // the whole type is replaced by a stub
        }
        for (FieldDeclaration f : t.getFields()) {
            boolean injected = f.getAnnotations().stream().anyMatch(a -> Slicer.INJECTION.contains(a.getNameAsString())
                    && !a.getNameAsString().equals("Value"));
            if (!injected || f.isStatic()) {
                continue;
            }
            for (VariableDeclarator v : f.getVariables()) {
                if (v.getInitializer().isEmpty()) {
                    TypeRef type = sources.resolve(v.getType(), owner);
                    v.setInitializer(StaticJavaParser.parseExpression(construct(type.name(), new HashSet<>(), simple(owner))));
                }
            }
            if (f.getAnnotations().stream().anyMatch(a -> a.getNameAsString().equals("Value"))) {
                findings.add(new Finding(Finding.Kind.TODO, "@Value configuration of " + simple(owner)
                        + " is not read in the satellite; set it from the component's environment", file, Slicer.line(f)));
            }
        }
    }

    private static String defaultOf(TypeRef t) {
        return t.name().equals("boolean") ? "false" : "0";
    }

    private static String simple(String fqn) {
        return fqn.substring(fqn.lastIndexOf('.') + 1);
    }
}
