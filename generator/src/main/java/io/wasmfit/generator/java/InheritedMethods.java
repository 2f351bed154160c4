package io.wasmfit.generator.java;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

/**
 * The methods library supertypes give interfaces of the scanned code ({@code inherited-methods.yaml}):
 * a Spring Data repository calls {@code findById} without declaring it, and the interface wasmfit
 * writes in its place needs the signature.
 */
final class InheritedMethods {

    private static final String RESOURCE = "/io/wasmfit/generator/inherited-methods.yaml";
    private static final Map<String, Supertype> BUILT_IN = load();

    /** One library supertype: its type parameters, its own supertypes (with type arguments) and its methods. */
    record Supertype(List<String> typeParameters, List<ClassOrInterfaceType> supertypes, List<MethodDeclaration> methods) {
    }

    private record Entry(@JsonProperty("typeParameters") List<String> typeParameters,
                         @JsonProperty("extends") List<String> supertypes,
                         @JsonProperty("methods") List<String> methods) {
    }

    private InheritedMethods() {
    }

    static Optional<Supertype> of(String fqn) {
        return Optional.ofNullable(BUILT_IN.get(fqn));
    }

    private static Map<String, Supertype> load() {
        try (InputStream in = InheritedMethods.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("wasmfit is missing its resource " + RESOURCE);
            }
            Map<String, Entry> raw = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<LinkedHashMap<String, Entry>>() {
            });
            Map<String, Supertype> out = new LinkedHashMap<>();
            raw.forEach((fqn, e) -> {
                List<ClassOrInterfaceType> supertypes = new ArrayList<>();
                (e.supertypes() == null ? List.<String>of() : e.supertypes())
                        .forEach(s -> supertypes.add(StaticJavaParser.parseClassOrInterfaceType(s)));
                List<MethodDeclaration> methods = new ArrayList<>();
                (e.methods() == null ? List.<String>of() : e.methods())
                        .forEach(m -> methods.add((MethodDeclaration) StaticJavaParser.parseBodyDeclaration(m + ";")));
                out.put(fqn, new Supertype(List.copyOf(e.typeParameters()), List.copyOf(supertypes), List.copyOf(methods)));
            });
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("wasmfit cannot read its resource " + RESOURCE, e);
        }
    }
}
