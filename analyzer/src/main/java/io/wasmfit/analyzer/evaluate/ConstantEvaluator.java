package io.wasmfit.analyzer.evaluate;

import java.util.ArrayList;
import java.util.List;

import io.wasmfit.analyzer.facts.TypeFacts;
import io.wasmfit.analyzer.facts.ValueExpr;
import io.wasmfit.analyzer.index.RepoIndex;
import io.wasmfit.analyzer.index.TypeEntry;

/**
 * Gives annotation attribute values their text: literals as they are, references to repository
 * constants followed (so {@code topics = Topics.ORDERS} reads {@code orders.placed}), enum
 * constants by name ({@code RequestMethod.POST} reads {@code POST}), class literals by simple name.
 */
final class ConstantEvaluator {

    private static final int MAX_DEPTH = 8;

    private final RepoIndex index;

    ConstantEvaluator(RepoIndex index) {
        this.index = index;
    }

    List<String> values(ValueExpr expr, TypeEntry context) {
        List<String> out = new ArrayList<>();
        collect(expr, context, out, 0);
        return out;
    }

    private void collect(ValueExpr expr, TypeEntry ctx, List<String> out, int depth) {
        if (expr instanceof ValueExpr.Array a) {
            a.items().forEach(i -> collect(i, ctx, out, depth));
        } else {
            out.add(text(expr, ctx, depth));
        }
    }

    private String text(ValueExpr expr, TypeEntry ctx, int depth) {
        if (expr instanceof ValueExpr.Literal l) {
            return l.value();
        }
        if (expr instanceof ValueExpr.ClassLiteral c) {
            int dot = c.type().lastIndexOf('.');
            return dot < 0 ? c.type() : c.type().substring(dot + 1);
        }
        if (expr instanceof ValueExpr.Concat c) {
            StringBuilder sb = new StringBuilder();
            c.parts().forEach(p -> sb.append(text(p, ctx, depth)));
            return sb.toString();
        }
        if (expr instanceof ValueExpr.Array a) {
            return a.items().isEmpty() ? "" : text(a.items().get(0), ctx, depth);
        }
        if (expr instanceof ValueExpr.Ref r) {
            return constant(r.name(), ctx, depth);
        }
        return ((ValueExpr.Other) expr).text();
    }

    private String constant(String name, TypeEntry ctx, int depth) {
        int dot = name.lastIndexOf('.');
        String fieldName = dot < 0 ? name : name.substring(dot + 1);
        if (depth < MAX_DEPTH) {
            String owner = dot < 0 ? ctx.fqn() : index.resolveType(name.substring(0, dot), ctx);
            RepoIndex.FieldLookup field = owner == null ? null : index.findField(owner, fieldName);
            if (field == null && dot < 0) {
                field = staticImport(fieldName, ctx);
            }
            if (field != null && field.field().initializer() != null && isConstant(field)) {
                return text(field.field().initializer(), field.owner(), depth + 1);
            }
        }
        return fieldName;
    }

    private RepoIndex.FieldLookup staticImport(String name, TypeEntry ctx) {
        for (String imp : ctx.file().staticImports()) {
            int dot = imp.lastIndexOf('.');
            String member = imp.substring(dot + 1);
            if (member.equals(name) || member.equals("*")) {
                RepoIndex.FieldLookup f = index.findField(imp.substring(0, dot), name);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /** Final or static fields, and every field of an interface (implicitly static final). */
    private static boolean isConstant(RepoIndex.FieldLookup f) {
        TypeFacts.TypeKind kind = f.owner().type().kind();
        return f.field().isFinal() || f.field().isStatic() || kind == TypeFacts.TypeKind.INTERFACE
                || kind == TypeFacts.TypeKind.ANNOTATION;
    }
}
