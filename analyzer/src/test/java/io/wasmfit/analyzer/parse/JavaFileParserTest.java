package io.wasmfit.analyzer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;

import io.wasmfit.analyzer.TestProjects;
import io.wasmfit.analyzer.facts.Arg;
import io.wasmfit.analyzer.facts.FileFacts;
import io.wasmfit.analyzer.facts.MethodFacts;
import io.wasmfit.analyzer.facts.Receiver;
import io.wasmfit.analyzer.facts.ValueExpr;
import io.wasmfit.analyzer.workspace.SourceWalker;
import io.wasmfit.analyzer.workspace.WorkspaceFiles;

/** The parser runs without JavaParser's validators and post-processors; nothing the facts need may be lost. */
class JavaFileParserTest {

    private static final ParserConfiguration VALIDATING = new ParserConfiguration().setLanguageLevel(JavaFileParser.LANGUAGE_LEVEL);

    @Test
    void everyExampleFileHasTheSameFactsAsWithJavaParsersFullProcessing() throws Exception {
        WorkspaceFiles files = SourceWalker.walk(TestProjects.exampleShop());
        JavaFileParser lean = new JavaFileParser(10 << 20);
        JavaParser validating = new JavaParser(VALIDATING);
        assertThat(files.javaFiles()).hasSizeGreaterThan(100);
        for (Path f : files.javaFiles()) {
            String rel = files.relative(f);
            FileFacts expected = FactExtractor.extract(validating.parse(Files.readString(f, StandardCharsets.UTF_8))
                    .getResult().orElseThrow(), rel);
            assertThat(lean.parse(f, rel).facts()).as(rel).isEqualTo(expected);
        }
    }

    @Test
    void varLocalsAndLambdaParametersAreInferredAsWithTheVarPostProcessor() {
        String code = """
                package a;
                class Orders {
                    void place() {
                        var repo = new OrderRepository();
                        repo.save();
                        java.util.function.BiConsumer<String, String> f = (var k, var v) -> repo.log(k);
                        for (var line : repo.lines()) { line.trim(); }
                    }
                }
                """;
        FileFacts lean = new JavaFileParser(1 << 20).parse(code.getBytes(StandardCharsets.UTF_8), "a/Orders.java").facts();
        FileFacts validated = FactExtractor.extract(new JavaParser(VALIDATING).parse(code).getResult().orElseThrow(), "a/Orders.java");
        assertThat(lean).isEqualTo(validated);
        MethodFacts place = lean.types().get(0).methods().get(0);
        assertThat(place.calls()).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("save");
            assertThat(c.receiver()).isEqualTo(new Receiver.Typed("OrderRepository"));
        });
        assertThat(place.typeUses()).noneMatch(u -> u.type().equals("var"));
    }

    @Test
    void yieldInASwitchExpressionStillParses() {
        String code = """
                class Discounts {
                    int of(String kind, int total) {
                        return switch (kind) {
                            case "percent" -> {
                                int d = Money.percentOf(total, 10);
                                yield Math.min(d, total);
                            }
                            default -> 0;
                        };
                    }
                }
                """;
        JavaFileParser.Outcome outcome = new JavaFileParser(1 << 20).parse(code.getBytes(StandardCharsets.UTF_8), "Discounts.java");
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.facts().types().get(0).methods().get(0).calls()).extracting(c -> c.name()).contains("percentOf", "min");
    }

    @Test
    void codeOnlyTheValidatorsRejectIsAnalysedInsteadOfDropped() {
        String code = "class Twice { private public void handle() { work(); } void work() { } }";
        assertThat(new JavaParser(VALIDATING).parse(code).isSuccessful()).isFalse();
        JavaFileParser.Outcome outcome = new JavaFileParser(1 << 20).parse(code.getBytes(StandardCharsets.UTF_8), "Twice.java");
        assertThat(outcome.parsed()).isTrue();
        assertThat(outcome.facts().types().get(0).methods().get(0).calls()).extracting(c -> c.name()).containsExactly("work");
    }

    /** Constants keep their values as written; other expressions are kept as text only where a rule may read them. */
    @Test
    void constantsAreValuesAndOtherExpressionsAreNot() {
        FileFacts f = new JavaFileParser(1 << 20).parse("""
                package shop;
                class Prices {
                    static final String BASE = Routes.API + "/prices";
                    static final long LIMIT = 1_000L;
                    static final int FLOOR = -5;
                    static final Object MAP = new java.util.HashMap<>();
                    static final int AREA = Sizes.W * Sizes.H;
                    @Tag(name = shop.api.Tags.PRICES, value = compute())
                    void quote(String id) {
                        log(BASE, shop.api.Tags.PRICES, 2 * LIMIT, null);
                    }
                }
                """.getBytes(StandardCharsets.UTF_8), "shop/Prices.java").facts();
        var type = f.types().get(0);
        assertThat(type.fields()).extracting(field -> field.initializer()).containsExactly(
                new ValueExpr.Concat(java.util.List.of(new ValueExpr.Ref("Routes.API"), new ValueExpr.Literal("/prices"))),
                new ValueExpr.Literal("1000"), new ValueExpr.Literal("-5"), null, null);
        MethodFacts quote = type.methods().get(0);
        assertThat(quote.annotations().get(0).attributes()).containsEntry("name", new ValueExpr.Ref("shop.api.Tags.PRICES"))
                .containsEntry("value", new ValueExpr.Other("compute()"));
        assertThat(quote.calls().get(0).arguments()).containsExactly(new Arg.Value(new ValueExpr.Ref("BASE")),
                new Arg.Value(new ValueExpr.Ref("shop.api.Tags.PRICES")), Arg.Other.INSTANCE, Arg.Other.INSTANCE);
    }

    /**
     * A method body is walked in source order: anonymous classes are numbered the way javac numbers
     * them, and a catch parameter or try resource is a local before the block that uses it.
     */
    @Test
    void bodiesAreWalkedInSourceOrder() {
        FileFacts f = new JavaFileParser(1 << 20).parse("""
                package jobs;
                class Jobs {
                    Runnable pick(boolean fast) {
                        return fast ? new Runnable() { public void run() { quick(); } }
                                    : new Runnable() { public void run() { slow(); } };
                    }
                    void load(java.nio.file.Path p) {
                        try (var in = java.nio.file.Files.newInputStream(p)) {
                            in.read();
                        } catch (java.io.IOException e) {
                            e.printStackTrace();
                        }
                        if (p == null) { first(); } else { second(); }
                    }
                }
                """.getBytes(StandardCharsets.UTF_8), "jobs/Jobs.java").facts();
        assertThat(f.types().subList(1, f.types().size())).extracting(t -> t.fqn() + " " + t.methods().get(0).calls().get(0).name())
                .containsExactly("jobs.Jobs$1 quick", "jobs.Jobs$2 slow");
        MethodFacts load = f.types().get(0).methods().get(1);
        assertThat(load.calls()).extracting(c -> c.name())
                .containsExactly("newInputStream", "read", "printStackTrace", "first", "second");
        assertThat(load.calls().get(1).receiver()).isEqualTo(new Receiver.Chain(0));
        assertThat(load.calls().get(2).receiver()).isEqualTo(new Receiver.Typed("java.io.IOException"));
    }
}
