package io.wasmfit.analyzer.parse;

import java.util.ArrayList;
import java.util.List;

import com.github.javaparser.ast.expr.ObjectCreationExpr;

import io.wasmfit.analyzer.facts.MethodFacts;

/**
 * What the bodies of one type hand back to {@link FactExtractor} besides their own facts: the
 * lambdas extracted as synthetic methods, and the anonymous classes to extract as types of their
 * own. Anonymous classes are named the way javac names them, {@code com.acme.Outer$1}, numbered in
 * source order within the type that declares them.
 */
final class TypeScope {

    record Anonymous(String fqn, ObjectCreationExpr node) {
    }

    private final String fqn;
    private final List<MethodFacts> lambdas = new ArrayList<>();
    private final List<Anonymous> anonymous = new ArrayList<>();

    TypeScope(String fqn) {
        this.fqn = fqn;
    }

    String nameAnonymous(ObjectCreationExpr node) {
        String name = fqn + "$" + (anonymous.size() + 1);
        anonymous.add(new Anonymous(name, node));
        return name;
    }

    void addLambda(MethodFacts lambda) {
        lambdas.add(lambda);
    }

    List<MethodFacts> lambdas() {
        return lambdas;
    }

    List<Anonymous> anonymous() {
        return anonymous;
    }
}
