package io.wasmfit.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wasmfit.model.Candidate;
import io.wasmfit.model.Evidence;
import io.wasmfit.model.Report;
import io.wasmfit.rules.RuleLoader;
import io.wasmfit.rules.RuleSet;

/**
 * Each kind of match, on a fixture where it must hold and one where it must not. Fixtures use a
 * made-up {@code @acme.Entry} annotation as the entry point, so that only the rule under test
 * decides the signal evidence.
 */
class RuleKindsTest {

    @TempDir
    Path dir;

    private static final String ENTRY_RULE = """
            pack: test
            rules:
              - id: test-entry
                criterion: eventDriven
                points: 100
                message: entry
                match: {annotation: {name: acme.Entry}}
                trigger: {kind: http, type: http, detail: {method: GET, route: /x}}
            """;

    private int projects;

    /** Scans a fresh project made of {@code sources} with the entry rule plus {@code rule}. */
    private List<Evidence> evidenceOf(String rule, String... sources) {
        TestProjects p = TestProjects.in(dir.resolve("project" + projects++))
                .java("package acme; public @interface Entry {}");
        for (String s : sources) {
            p.java(s);
        }
        RuleLoader.Result r = RuleLoader.load(ENTRY_RULE + rule, "test.yaml");
        assertThat(r.errors()).isEmpty();
        Report report = p.scan(RuleSet.of(r.packs()));
        assertThat(report.candidates()).hasSize(1);
        Candidate c = report.candidates().get(0);
        return c.evidence().stream().filter(e -> e.ruleId().equals("probe")).toList();
    }

    private static String rule(String match) {
        return """
                  - id: probe
                    criterion: shortRunning
                    points: -30
                    message: "found {call}{type}"
                    match: %s
                """.formatted(match);
    }

    @Test
    void annotationOnMethodWithAttributeFilterMatchesOnlyTheRightValue() {
        String r = rule("{annotation: {name: acme.Slow, attributes: {level: high}}}");
        String slow = "package acme; public @interface Slow { String level(); }";
        assertThat(evidenceOf(r, slow, """
                package acme; class A { @Entry @Slow(level = "high") void run() {} }""")).hasSize(1);
        assertThat(evidenceOf(r, slow, """
                package acme; class A { @Entry @Slow(level = "low") void run() {} }""")).isEmpty();
    }

    @Test
    void annotationOnClassIsReadThroughWildcardImports() {
        String r = rule("{annotation: {on: class, name: org.lib.Marked}}");
        assertThat(evidenceOf(r, """
                package acme; import org.lib.*; @Marked class A { @Entry void run() {} }""")).hasSize(1);
        assertThat(evidenceOf(r, """
                package acme; import org.other.*; @Marked class A { @Entry void run() {} }""")).isEmpty();
    }

    @Test
    void callMatchesByReceiverTypeIncludingSupertypesAndNotByNameAlone() {
        String r = rule("{call: {type: java.util.concurrent.ExecutorService, name: submit}}");
        assertThat(evidenceOf(r, """
                package acme;
                import java.util.concurrent.*;
                class A {
                  private final ScheduledExecutorService pool = Executors.newScheduledThreadPool(1);
                  @Entry void run() { pool.submit(() -> {}); }
                }""")).singleElement().satisfies(e -> assertThat(e.message()).contains("ScheduledExecutorService.submit"));
        assertThat(evidenceOf(r, """
                package acme;
                class Queue { void submit(Runnable r) {} }
                class A {
                  private final Queue pool = new Queue();
                  @Entry void run() { pool.submit(() -> {}); }
                }""")).isEmpty();
    }

    @Test
    void callInLoopOnlyCountsInsideLoopsAndIteratingLambdas() {
        String r = rule("{call: {type: acme.Repo, name: load, inLoop: true}}");
        String repo = "package acme; class Repo { String load(int i) { return \"\"; } }";
        assertThat(evidenceOf(r, repo, """
                package acme; import java.util.List;
                class A { Repo repo = new Repo();
                  @Entry void run(List<Integer> ids) { ids.forEach(i -> repo.load(i)); } }""")).hasSize(1);
        assertThat(evidenceOf(r, repo, """
                package acme;
                class A { Repo repo = new Repo();
                  @Entry void run() { repo.load(1); } }""")).isEmpty();
    }

    @Test
    void constructorCallMatchesTheConstructedType() {
        String r = rule("{new: {type: java.lang.Thread}}");
        assertThat(evidenceOf(r, """
                package acme; class A { @Entry void run() { new Thread(() -> {}).start(); } }""")).hasSize(1);
        assertThat(evidenceOf(r, """
                package acme; class A { @Entry void run() { Runnable r = () -> {}; r.run(); } }""")).isEmpty();
    }

    @Test
    void typeUseMatchesTypesNamedInSignatureOrBody() {
        String r = rule("{type: \"org.springframework.batch.*\"}");
        assertThat(evidenceOf(r, """
                package acme; import org.springframework.batch.core.Job;
                class A { @Entry void run(Job job) {} }""")).hasSize(1);
        assertThat(evidenceOf(r, """
                package acme; import org.springframework.web.Job;
                class A { @Entry void run(Job job) {} }""")).isEmpty();
    }

    @Test
    void supertypeMatchesThroughRepositoryTypes() {
        String r = rule("{supertype: com.amazonaws.services.lambda.runtime.RequestHandler}");
        assertThat(evidenceOf(r, """
                package acme; import com.amazonaws.services.lambda.runtime.RequestHandler;
                abstract class Base implements RequestHandler<String, String> {}""", """
                package acme; class A extends Base { @Entry public String handleRequest(String in, Object ctx) { return in; } }"""))
                .hasSize(1);
        assertThat(evidenceOf(r, """
                package acme; class A { @Entry public String handleRequest(String in, Object ctx) { return in; } }""")).isEmpty();
    }

    @Test
    void methodMatchesModifiersAndParameterCount() {
        String r = rule("{method: {modifiers: [synchronized], params: 1}}");
        assertThat(evidenceOf(r, """
                package acme; class A { @Entry synchronized void run(int x) {} }""")).hasSize(1);
        assertThat(evidenceOf(r, """
                package acme; class A { @Entry synchronized void run() {} }""")).isEmpty();
    }

    @Test
    void unboundedLoopFactFindsWhileTrueAndForEverButNotBoundedLoops() {
        String r = rule("{fact: unbounded-loop}");
        assertThat(evidenceOf(r, """
                package acme; class A { @Entry void run() { for (;;) { if (Math.random() > 0.5) break; } } }""")).hasSize(1);
        assertThat(evidenceOf(r, """
                package acme; class A { @Entry void run() { for (int i = 0; i < 3; i++) {} while (false) {} } }""")).isEmpty();
    }

    @Test
    void staticMutableFieldFactFindsSharedStateOfReachedTypes() {
        String r = rule("{fact: static-mutable-field}");
        assertThat(evidenceOf(r, """
                package acme; import java.util.*;
                class A { static final Map<String, String> CACHE = new HashMap<>(); @Entry void run() { CACHE.clear(); } }"""))
                .hasSize(1);
        assertThat(evidenceOf(r, """
                package acme; class A { static final String NAME = "a"; @Entry void run() {} }""")).isEmpty();
    }

    @Test
    void dependencyMatchesDeclaredBuildDependencies() {
        String r = rule("{dependency: \"org.springframework.batch:*\"}");
        TestProjects.in(dir.resolve("project" + projects)).file("pom.xml", """
                <project><dependencies>
                  <dependency><groupId>org.springframework.batch</groupId><artifactId>spring-batch-core</artifactId></dependency>
                </dependencies></project>""");
        assertThat(evidenceOf(r, "package acme; class A { @Entry void run() {} }"))
                .singleElement().satisfies(e -> assertThat(e.file()).isEqualTo("pom.xml"));
    }

    @Test
    void dependencyDoesNotMatchWhatTheBuildDoesNotDeclare() {
        String r = rule("{dependency: \"org.springframework.batch:*\"}");
        TestProjects.in(dir.resolve("project" + projects)).file("pom.xml", """
                <project><dependencies>
                  <dependency><groupId>org.springframework.batch</groupId><artifactId>spring-batch-test</artifactId><scope>test</scope></dependency>
                </dependencies></project>""");
        assertThat(evidenceOf(r, "package acme; class A { @Entry void run() {} }")).isEmpty();
    }

    @Test
    void combinatorsAllAnyNotBehaveLikeLogic() {
        String all = rule("{all: [{call: {type: java.lang.Thread, name: sleep}}, {not: {fact: unbounded-loop}}]}");
        String sleepy = "package acme; class A { @Entry void run() throws Exception { Thread.sleep(5); } }";
        String looping = """
                package acme; class A { @Entry void run() throws Exception {
                    while (true) {
                        Thread.sleep(5);
                    } } }""";
        assertThat(evidenceOf(all, sleepy)).hasSize(1);
        assertThat(evidenceOf(all, looping)).isEmpty();
        String any = rule("{any: [{call: {type: java.lang.Thread, name: sleep}}, {fact: unbounded-loop}]}");
        assertThat(evidenceOf(any, looping)).hasSize(2);
        assertThat(evidenceOf(any, "package acme; class A { @Entry void run() {} }")).isEmpty();
    }

    @Test
    void signalsAreFoundAnywhereInTheClosureNotOnlyInTheEntryMethod() {
        String r = rule("{call: {type: java.lang.Thread, name: sleep}}");
        assertThat(evidenceOf(r, """
                package acme; class Helper { static void pause() throws Exception { Thread.sleep(10); } }""", """
                package acme; class A { @Entry void run() throws Exception { Helper.pause(); } }"""))
                .singleElement().satisfies(e -> assertThat(e.file()).endsWith("Helper.java"));
        assertThat(evidenceOf(r, """
                package acme; class Helper { static void pause() throws Exception { Thread.sleep(10); } }""", """
                package acme; class A { @Entry void run() {} }""")).isEmpty();
    }
}
