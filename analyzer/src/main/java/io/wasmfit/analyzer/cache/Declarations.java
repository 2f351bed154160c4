package io.wasmfit.analyzer.cache;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.wasmfit.analyzer.facts.AnnotationFact;
import io.wasmfit.analyzer.facts.FieldFact;
import io.wasmfit.analyzer.facts.FileFacts;
import io.wasmfit.analyzer.facts.MethodFacts;
import io.wasmfit.analyzer.facts.ParamFact;
import io.wasmfit.analyzer.facts.TypeFacts;

/**
 * What one file contributes to the repository index: its package, imports, types, supertypes,
 * annotations, fields (with constant values) and method signatures, without method bodies and
 * without line numbers. When an edit leaves this unchanged, call resolution everywhere else is
 * unchanged too, so only the candidates whose closures pass through the file need scoring again.
 */
public final class Declarations {

    private Declarations() {
    }

    /** A canonical text of the file's declarations; equal texts mean an equal index. */
    public static String of(FileFacts file) {
        StringBuilder sb = new StringBuilder(1024);
        sb.append(file.packageName()).append('\n').append(file.imports()).append(file.wildcardImports())
                .append(file.staticImports()).append('\n');
        for (TypeFacts t : file.types()) {
            sb.append("type ").append(t.fqn()).append(' ').append(t.name()).append(' ').append(t.kind()).append(' ')
                    .append(sorted(t.modifiers())).append(t.supertypes()).append(' ').append(t.outerFqn());
            annotations(sb, t.annotations());
            sb.append('\n');
            for (FieldFact f : t.fields()) {
                sb.append(" field ").append(f.name()).append(' ').append(f.type()).append(sorted(f.modifiers()))
                        .append(f.initializer()).append(f.mutableInit());
                annotations(sb, f.annotations());
                sb.append('\n');
            }
            for (MethodFacts m : t.methods()) {
                if (m.isLambda()) {
                    continue; // part of its enclosing method's body
                }
                sb.append(" method ").append(m.name()).append(' ').append(m.returnType()).append(sorted(m.modifiers()));
                annotations(sb, m.annotations());
                for (ParamFact p : m.params()) {
                    sb.append(" (").append(p.name()).append(' ').append(p.type()).append(p.varargs() ? "..." : "");
                    annotations(sb, p.annotations());
                    sb.append(')');
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static void annotations(StringBuilder sb, List<AnnotationFact> annotations) {
        for (AnnotationFact a : annotations) {
            sb.append(" @").append(a.name()).append(a.attributes());
        }
    }

    private static Set<String> sorted(Set<String> values) {
        return new TreeSet<>(values);
    }
}
