package io.wasmfit.analyzer.facts;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A method or constructor (name {@code <init>}) with what its body does. A lambda is extracted as
 * a synthetic method of its type too (its body also stays part of the enclosing method), named
 * {@code routes(Router)$lambda$0}: the enclosing method's signature, then the lambda's position
 * among that method's lambdas in source order. A '(' never occurs in a Java method name, so the
 * name tells lambdas apart.
 *
 * @param nameLine        the line of the method's name (where a reader looks for it)
 * @param unboundedLoops  lines of {@code while (true)}, {@code for (;;)} and similar loops
 */
public record MethodFacts(String name, List<ParamFact> params, String returnType, Set<String> modifiers,
                          List<AnnotationFact> annotations, int line, int nameLine, int endLine,
                          List<CallFact> calls, List<NewFact> news, List<TypeUseFact> typeUses,
                          List<Integer> unboundedLoops) implements Serializable {

    public static final String CONSTRUCTOR = "<init>";
    public static final String INITIALIZER = "<initializer>";
    private static final String LAMBDA = "$lambda$";

    public MethodFacts {
        name = Names.canonical(name);
        returnType = Names.canonical(returnType);
        params = List.copyOf(params);
        modifiers = Set.copyOf(modifiers);
        annotations = List.copyOf(annotations);
        calls = List.copyOf(calls);
        news = List.copyOf(news);
        typeUses = List.copyOf(typeUses);
        unboundedLoops = List.copyOf(unboundedLoops);
    }

    public boolean isConstructor() {
        return CONSTRUCTOR.equals(name);
    }

    /** The name of the {@code ordinal}-th lambda inside the method with this signature. */
    public static String lambdaName(String enclosingSignature, int ordinal) {
        return enclosingSignature + LAMBDA + ordinal;
    }

    public boolean isLambda() {
        return name.indexOf('(') >= 0;
    }

    /** {@code quote}, or for a lambda {@code routes$lambda$0}. */
    public String displayName() {
        if (!isLambda()) {
            return name;
        }
        return name.substring(0, name.indexOf('(')) + name.substring(name.lastIndexOf(LAMBDA));
    }

    public boolean isVarargs() {
        return !params.isEmpty() && params.get(params.size() - 1).varargs();
    }

    /** Whether a call with {@code args} arguments (-1: a method reference, any count) can target this method. */
    public boolean acceptsArgs(int args) {
        if (args < 0 || params.size() == args) {
            return true;
        }
        return isVarargs() && args >= params.size() - 1;
    }

    /** {@code quote(String,int)}: the name with parameter types as written, without type arguments; a lambda's name as is. */
    public String signature(String simpleTypeName) {
        if (isLambda()) {
            return name;
        }
        return signatureOf(isConstructor() ? simpleTypeName : name, params);
    }

    /** {@code name(Type,Type...)} with parameter types as written. */
    public static String signatureOf(String name, List<ParamFact> params) {
        return name + "(" + params.stream().map(p -> p.type() + (p.varargs() ? "..." : "")).collect(Collectors.joining(",")) + ")";
    }

    public int lineCount() {
        return Math.max(1, endLine - line + 1);
    }
}
