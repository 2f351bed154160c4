package io.wasmfit.generator.java;

import java.util.List;
import java.util.Optional;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;

import io.wasmfit.generator.Finding;

/**
 * What TeaVM's WASI target cannot compile or run: reflection, threads and JNI. A member that uses
 * them keeps its signature and gets a body that throws, so the rest of the satellite still builds;
 * each stub is a finding naming the type, member and line.
 */
final class TeaVmLimits {

    private TeaVmLimits() {
    }

    /**
     * JDK methods TeaVM 0.13.1's class library lacks, rewritten to equivalent plain Java
     * ({@code Integer::sum} was missing when the example's basket quote was built).
     */
    static void rewriteClasslibGaps(CallableDeclaration<?> c, String file, List<Finding> findings) {
        for (com.github.javaparser.ast.expr.MethodReferenceExpr ref : c.findAll(com.github.javaparser.ast.expr.MethodReferenceExpr.class)) {
            String scope = ref.getScope().toString();
            if (ref.getIdentifier().equals("sum") && (scope.equals("Integer") || scope.equals("Long") || scope.equals("Double"))) {
                ref.replace(StaticJavaParser.parseExpression("(wasmfitLeft, wasmfitRight) -> wasmfitLeft + wasmfitRight"));
                findings.add(new Finding(Finding.Kind.REPLACED, scope + "::sum rewritten as a lambda in "
                        + c.getNameAsString() + ": TeaVM 0.13.1's class library has no " + scope + ".sum", file, Slicer.line(c)));
            }
        }
    }

    static void stubIfUnsupported(CallableDeclaration<?> c, String file, List<Finding> findings) {
        Optional<String> why = reason(c);
        if (why.isEmpty()) {
            return;
        }
        String owner = ClosureSources.enclosingType(c);
        String what = why.get();
        int line = why.map(w -> firstLine(c, w)).orElse(Slicer.line(c));
        String base = file.substring(file.lastIndexOf('/') + 1).replace(".java", "");
        String shown = owner.contains("." + base) ? owner.substring(owner.indexOf("." + base) + 1) : owner;
        String message = what + " in " + shown + "." + c.getNameAsString()
                + " cannot be compiled to Wasm by TeaVM: the member was stubbed and throws UnsupportedOperationException";
        findings.add(new Finding(Finding.Kind.UNSUPPORTED_IN_WASM, message, file, line));
        String thrown = "throw new UnsupportedOperationException(\"wasmfit: " + JsonCodecWriter.escapeJava(what)
                + " at " + file + ":" + line + " cannot run in Wasm; see the satellite's README\");";
        BlockStmt body = StaticJavaParser.parseBlock("{ " + thrown + " }");
        if (c instanceof MethodDeclaration m) {
            m.removeModifier(Modifier.Keyword.NATIVE);
            m.setBody(body);
        } else if (c instanceof ConstructorDeclaration k) {
            k.setBody(body);
        }
    }

    private static Optional<String> reason(CallableDeclaration<?> c) {
        if (c.getModifiers().contains(Modifier.nativeModifier())) {
            return Optional.of("a native (JNI) method");
        }
        for (MethodCallExpr call : c.findAll(MethodCallExpr.class)) {
            String name = call.getNameAsString();
            String scope = call.getScope().map(Node::toString).orElse("");
            if (scope.equals("System") && (name.equals("loadLibrary") || name.equals("load"))) {
                return Optional.of("JNI (System." + name + ")");
            }
            if (scope.equals("Class") && name.equals("forName") || name.equals("getDeclaredMethod")
                    || name.equals("getDeclaredField") || name.equals("getDeclaredConstructor") || name.equals("getMethod")
                    && call.getArguments().size() >= 1 || name.equals("newProxyInstance") || name.equals("setAccessible")) {
                return Optional.of("reflection (" + name + ")");
            }
            if (scope.equals("Executors") || scope.equals("CompletableFuture") && name.endsWith("Async")
                    || scope.equals("Thread") && (name.equals("sleep") || name.equals("ofVirtual") || name.equals("startVirtualThread"))) {
                return Optional.of("threads (" + scope + "." + name + ")");
            }
        }
        for (ObjectCreationExpr n : c.findAll(ObjectCreationExpr.class)) {
            String type = n.getType().getNameAsString();
            if (type.equals("Thread") || type.endsWith("ThreadPoolExecutor") || type.equals("Timer")) {
                return Optional.of("threads (new " + type + ")");
            }
        }
        return Optional.empty();
    }

    private static int firstLine(CallableDeclaration<?> c, String what) {
        for (MethodCallExpr call : c.findAll(MethodCallExpr.class)) {
            if (what.contains(call.getNameAsString())) {
                return Slicer.line(call);
            }
        }
        for (ObjectCreationExpr n : c.findAll(ObjectCreationExpr.class)) {
            if (what.contains(n.getType().getNameAsString())) {
                return Slicer.line(n);
            }
        }
        return Slicer.line(c);
    }
}
