package io.wasmfit.analyzer.index;

import io.wasmfit.analyzer.facts.MethodFacts;

/**
 * A repository method: its type and its position among the type's methods ({@link #INITIALIZER}
 * for the field initializers and initializer blocks).
 */
public record MethodRef(String typeFqn, int index) implements Comparable<MethodRef> {

    public static final int INITIALIZER = -1;

    public boolean isInitializer() {
        return index == INITIALIZER;
    }

    public MethodFacts facts(RepoIndex index) {
        return facts(index.type(typeFqn));
    }

    /** The facts, when the caller has this method's type at hand already. */
    public MethodFacts facts(TypeEntry type) {
        return isInitializer() ? type.type().initializer() : type.type().methods().get(this.index);
    }

    /** {@code com.acme.Tax#rate(String)}: stable across scans of the same code. */
    public String id(RepoIndex index) {
        TypeEntry t = index.type(typeFqn);
        return typeFqn + "#" + facts(index).signature(t.type().name());
    }

    @Override
    public int compareTo(MethodRef o) {
        int c = typeFqn.compareTo(o.typeFqn);
        return c != 0 ? c : Integer.compare(index, o.index);
    }
}
