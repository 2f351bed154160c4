package io.wasmfit.generator.java;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;

import io.wasmfit.generator.Finding;
import io.wasmfit.generator.GeneratedHeader;

/**
 * Writes what stands in for a collaborator that cannot run in a WAGI module: an interface with
 * the methods the sliced closure calls on it, with the signatures the code uses (declared in the
 * repository, or inherited from a library supertype such as {@code JpaRepository<Product, Long>}),
 * and a {@code WasmfitTodo…} class whose every method throws {@code WasmfitTodoException} with
 * a message that says what cannot run, why, and what to do.
 */
final class TodoStubWriter {

    static final String EXCEPTION = "WasmfitTodoException";

    private final ClosureSources sources;
    private final LibraryTypes libraries;
    private final SdkLanguages languages;
    private final String entryPackage;
    private final String candidateId;

    /** The languages with a Spin SDK that offer the given Spin features (all of them when none is given). */
    interface SdkLanguages {
        List<String> offering(Set<String> spinFeatures);
    }

    /** The generated files (path in the satellite → text), what the README lists, and what the user must know. */
    record Output(Map<String, String> files, List<StubbedCollaborator> stubs, List<Finding> findings) {
    }

    TodoStubWriter(ClosureSources sources, LibraryTypes libraries, SdkLanguages languages, String entryPackage,
                   String candidateId) {
        this.sources = sources;
        this.libraries = libraries;
        this.languages = languages;
        this.entryPackage = entryPackage;
        this.candidateId = candidateId;
    }

    LibraryTypes libraries() {
        return libraries;
    }

    /**
     * @param stubs the collaborators the wiring replaced
     * @param cut   the sliced files of the satellite (path relative to the root → tree), where the calls are looked for
     */
    Output write(List<Wiring.Stub> stubs, Map<String, CompilationUnit> cut) {
        Map<String, String> files = new LinkedHashMap<>();
        List<StubbedCollaborator> written = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Set<String> replaced = stubs.stream().map(Wiring.Stub::fqn).collect(Collectors.toSet());
        for (Wiring.Stub stub : stubs) {
            List<CollaboratorCalls.Call> calls = CollaboratorCalls.of(sources, stub.fqn(), cut, replaced);
            String pkg = stub.fqn().substring(0, Math.max(0, stub.fqn().lastIndexOf('.')));
            TypeText types = new TypeText(sources, pkg);
            ClassOrInterfaceDeclaration original = (ClassOrInterfaceDeclaration) sources.declaration(stub.fqn()).orElseThrow();
            Set<String> typeVars = original.getTypeParameters().stream().map(TypeParameter::getNameAsString)
                    .collect(Collectors.toSet());
            String typeParams = CalledSignatures.typeParameters(original.getTypeParameters(), stub.fqn(), types, Map.of(), typeVars);
            CalledSignatures signatures = new CalledSignatures(sources, types);
            Map<String, CalledSignatures.Signature> methods = new LinkedHashMap<>();
            Set<String> seen = new HashSet<>();
            for (CollaboratorCalls.Call call : calls) {
                if (!seen.add(call.method() + "/" + call.args())) {
                    continue;
                }
                List<CalledSignatures.Signature> found = signatures.of(original, stub.fqn(), call.method(), call.args(), typeVars);
                if (found.isEmpty()) {
                    findings.add(new Finding(Finding.Kind.TODO, "the satellite calls " + stub.simpleName() + "." + call.method()
                            + " and wasmfit found no declaration of it: add it to the generated interface " + stub.simpleName(),
                            call.file(), call.line()));
                }
                found.forEach(sig -> methods.putIfAbsent(sig.text(), sig));
            }
            for (String used : types.resolvedNames()) {
                if (sources.index().isLocal(used)) {
                    sources.declaration(used); // a repository type in a signature moves too
                } else if (libraries.cannotMove(used)) {
                    findings.add(new Finding(Finding.Kind.TODO, "the interface " + stub.simpleName() + " names "
                            + libraries.describe(used) + " in a signature the satellite calls; it cannot compile without it",
                            sources.fileOf(stub.fqn()), Slicer.line(original)));
                }
            }
            String why = why(stub);
            String dir = "src/main/java/" + (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/");
            String exception = (entryPackage.equals(pkg) || entryPackage.isEmpty()) ? EXCEPTION : entryPackage + "." + EXCEPTION;
            List<String> interfaceImports = List.copyOf(types.importLines());
            String exceptionName = types.use(exception);
            files.put(dir + stub.simpleName() + ".java", interfaceSource(stub, pkg, typeParams, interfaceImports, methods.values()));
            String typeArgs = original.getTypeParameters().isEmpty() ? "" : original.getTypeParameters().stream()
                    .map(TypeParameter::getNameAsString).collect(Collectors.joining(", ", "<", ">"));
            files.put(dir + "WasmfitTodo" + stub.simpleName() + ".java", todoSource(stub, pkg, typeParams, typeArgs,
                    types.importLines(), exceptionName, why, methods.values()));
            written.add(new StubbedCollaborator(stub.fqn(), stub.stubClass(), why, sources.fileOf(stub.fqn()), Slicer.line(original),
                    calls.stream().map(c -> new StubbedCollaborator.Use(c.method(), c.file(), c.line())).toList()));
            findings.add(new Finding(Finding.Kind.TODO, "calls of " + stub.simpleName() + " answer 501 until the satellite is ported"
                    + " to a language with a Spin SDK or they move behind an HTTP service (see 'Collaborators that answer 501')",
                    sources.fileOf(stub.fqn()), Slicer.line(original)));
        }
        return new Output(files, written, findings);
    }

    /** The exception every stub throws and the entry answers with 501; written next to the entry. */
    static String exceptionSource(String packageName, String candidateId) {
        return GeneratedHeader.forFile("x.java", candidateId, "the exception of the WasmfitTodo classes, answered with 501")
                + (packageName.isEmpty() ? "" : "package " + packageName + ";\n\n")
                + "import java.nio.charset.StandardCharsets;\n\n"
                + "/**\n"
                + " * Thrown by the WasmfitTodo classes that stand in for collaborators that cannot run in a WAGI module.\n"
                + " * WasmfitMain answers it with 501 Not Implemented and the message as the body.\n"
                + " */\n"
                + "public final class " + EXCEPTION + " extends UnsupportedOperationException {\n\n"
                + "    private static final long serialVersionUID = 1L;\n\n"
                + "    /**\n"
                + "     * @param call the collaborator and method that cannot run, \"ProductRepository.findById\"\n"
                + "     * @param why  why not, and what to do\n"
                + "     */\n"
                + "    public " + EXCEPTION + "(String call, String why) {\n"
                + "        super(call + \" cannot run in this satellite: \" + why);\n"
                + "    }\n\n"
                + "    /** The whole CGI response: status 501, the message as plain text. */\n"
                + "    byte[] response() {\n"
                + "        return (\"Status: 501\\nContent-Type: text/plain; charset=utf-8\\n\\n\" + getMessage())\n"
                + "                .getBytes(StandardCharsets.UTF_8);\n"
                + "    }\n"
                + "}\n";
    }

    /** Why the collaborator cannot run in a WAGI module, and the two ways out. */
    private String why(Wiring.Stub stub) {
        Set<String> features = libraries.spinFeatures(stub.libraryTypes());
        Set<String> replacements = libraries.replacements(stub.libraryTypes());
        List<String> langs = languages.offering(features);
        return stub.simpleName() + " " + stub.reason() + ", and a Java satellite is a WASI command module under Spin's WAGI"
                + " executor, without a Spin SDK: it has no SQL, key-value, Redis or outbound HTTP API to call."
                + " Port the satellite to a language with a Spin SDK (" + or(langs)
                + (replacements.isEmpty() ? "" : "; Spin replacement: " + String.join("; ", replacements))
                + ") or move this call behind an HTTP service and send its result with the request.";
    }

    private static String or(List<String> items) {
        if (items.isEmpty()) {
            return "none known";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    private String interfaceSource(Wiring.Stub stub, String pkg, String typeParams, List<String> imports,
                                   Iterable<CalledSignatures.Signature> methods) {
        StringBuilder s = new StringBuilder(GeneratedHeader.forFile("x.java", candidateId, "what the satellite calls on "
                + stub.simpleName() + ", which cannot run in a WAGI module"));
        s.append(pkg.isEmpty() ? "" : "package " + pkg + ";\n\n");
        imports.forEach(i -> s.append(i).append('\n'));
        s.append(imports.isEmpty() ? "" : "\n");
        s.append("/**\n * The methods the satellite calls on ").append(stub.simpleName()).append(", with the signatures the code uses.\n")
                .append(" * Original: ").append(sources.fileOf(stub.fqn())).append("\n * ").append(stub.simpleName()).append(' ')
                .append(stub.reason()).append(": WasmfitTodo").append(stub.simpleName())
                .append(" stands in for it\n * and answers 501; see the README.\n */\n");
        s.append("public interface ").append(stub.simpleName()).append(typeParams).append(" {\n");
        for (CalledSignatures.Signature m : methods) {
            s.append("\n    ").append(m.text()).append(";\n");
        }
        return s.append("}\n").toString();
    }

    private String todoSource(Wiring.Stub stub, String pkg, String typeParams, String typeArgs, List<String> imports,
                              String exception, String why, Iterable<CalledSignatures.Signature> methods) {
        String name = "WasmfitTodo" + stub.simpleName();
        StringBuilder s = new StringBuilder(GeneratedHeader.forFile("x.java", candidateId, "stands in for " + stub.simpleName()
                + ", which cannot run in a WAGI module: every method answers 501"));
        s.append(pkg.isEmpty() ? "" : "package " + pkg + ";\n\n");
        imports.forEach(i -> s.append(i).append('\n'));
        s.append(imports.isEmpty() ? "" : "\n");
        s.append("/**\n * TODO(wasmfit): ").append(stub.simpleName()).append(" cannot run in a WAGI module. Every method throws ")
                .append(EXCEPTION).append(",\n * which the satellite answers with 501 Not Implemented and the message.\n */\n");
        s.append("public final class ").append(name).append(typeParams).append(" implements ").append(stub.simpleName())
                .append(typeArgs).append(" {\n\n");
        s.append("    private static final String WHY = ").append(literal(why, "            ")).append(";\n");
        for (CalledSignatures.Signature m : methods) {
            s.append("\n    @Override\n    public ").append(m.text()).append(" {\n")
                    .append("        throw new ").append(exception).append("(\"").append(stub.simpleName()).append('.')
                    .append(m.name()).append("\", WHY);\n    }\n");
        }
        return s.append("}\n").toString();
    }

    /** A string literal wrapped into lines of about 100 characters, continued with {@code +}. */
    private static String literal(String text, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("(?<= )")) {
            if (line.length() + word.length() > 90 && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines.stream().map(l -> "\"" + JsonCodecWriter.escapeJava(l) + "\"")
                .collect(Collectors.joining("\n" + indent + "+ "));
    }
}
