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

    @Test
    void callCapturesArgumentsAndLooksUpTheReceiverChainAndArgumentCalls() {
        String lib = "package lib; public class Router { public Route get(String p) { return null; } public static Pred GET(String p) { return null; } }";
        String via = rule("{call: {name: handler, via: {type: lib.Router, name: get, capture: {path: 0}}}}")
                .replace("found {call}{type}", "found {path}");
        assertThat(evidenceOf(via, """
                package acme; import lib.Router;
                class A { @Entry void run(Router r) { r.get("/x").produces("json").handler(null); } }"""))
                .singleElement().satisfies(e -> assertThat(e.message()).isEqualTo("found /x"));
        assertThat(evidenceOf(via, """
                package acme; import lib.Router;
                class A { @Entry void run(Router r, Other o) { r.get("/x"); o.handler(null); } }""")).isEmpty();
        String args = rule("{call: {name: route, args: {0: {type: lib.Router, name: GET, capture: {path: 0, verb: \"@name\"}}}}}")
                .replace("found {call}{type}", "found {verb} {path}");
        assertThat(evidenceOf(args, lib.replace("package lib;", "package acme;").replace("public class Router", "class Unused"), """
                package acme; import lib.Router;
                class A { @Entry void run() { route(Router.GET("/y"), null); } void route(Object p, Object h) {} }"""))
                .singleElement().satisfies(e -> assertThat(e.message()).isEqualTo("found GET /y"));
        assertThat(evidenceOf(args, """
                package acme;
                class A { @Entry void run() { route("/y", null); } void route(Object p, Object h) {} }""")).isEmpty();
    }

    @Test
    void methodReturnsMatchesTheResolvedReturnTypeOrItsSupertypes() {
        String r = rule("{method: {returns: java.util.function.Function}}");
        assertThat(evidenceOf(r, """
                package acme; import java.util.function.*;
                class A { @Entry UnaryOperator<String> run() { return s -> s; } }""")).hasSize(1);
        assertThat(evidenceOf(r, """
                package acme; class A { @Entry Function run() { return null; } }
                class Function {}""")).isEmpty();
    }

    @Test
    void importMatchesSingleTypeAndOnDemandImportsOfTheFile() {
        String r = rule("{import: \"javax.xml.bind.*\"}");
        assertThat(evidenceOf(r, """
                package acme; import javax.xml.bind.JAXBContext;
                class A { @Entry void run() {} }""")).hasSize(1);
        assertThat(evidenceOf(r, """
                package acme; import javax.xml.bind.*;
                class A { @Entry void run() {} }""")).hasSize(1);
        assertThat(evidenceOf(r, """
                package acme; import javax.xml.stream.XMLInputFactory;
                class A { @Entry void run() {} }""")).isEmpty();
    }

    @Test
    void textMatchesTheMethodsOwnLinesOrTheNamedWorkspaceFiles() {
        String inCode = rule("{text: \"getInstance\\\\(\\\"MD5\\\"\\\\)\"}").replace("found {call}{type}", "found {text}");
        assertThat(evidenceOf(inCode, """
                package acme; class A { @Entry void run() throws Exception {
                    java.security.MessageDigest.getInstance("MD5");
                } }""")).singleElement().satisfies(e -> {
            assertThat(e.message()).isEqualTo("found getInstance(\"MD5\")");
            assertThat(e.line()).isEqualTo(2);
        });
        assertThat(evidenceOf(inCode, """
                package acme; class A { @Entry void run() throws Exception {
                    java.security.MessageDigest.getInstance("SHA-256");
                }
                // getInstance("MD5") outside the entry method is not in its closure
                void other() {} }""")).isEmpty();
        String inConfig = rule("{text: {pattern: \"ddl-auto: *update\", files: \"application.*\\\\.ya?ml$\"}}");
        TestProjects.in(dir.resolve("project" + projects)).file("src/main/resources/application.yml",
                "spring:\n  jpa:\n    hibernate:\n      ddl-auto: update\n");
        assertThat(evidenceOf(inConfig, "package acme; class A { @Entry void run() {} }"))
                .singleElement().satisfies(e -> assertThat(e.file()).isEqualTo("src/main/resources/application.yml"));
        TestProjects.in(dir.resolve("project" + projects)).file("src/main/resources/application.yml", "server:\n  port: 8080\n");
        assertThat(evidenceOf(inConfig, "package acme; class A { @Entry void run() {} }")).isEmpty();
    }

    @Test
    void stateWriteFactsFindChangedCollectionsButNotConstantsOrConstructors() {
        String statics = rule("{fact: static-state-write}");
        assertThat(evidenceOf(statics, """
                package acme; import java.util.*;
                class A { static final Map<String, Integer> HITS = new HashMap<>();
                  @Entry void run() { HITS.merge("a", 1, Integer::sum); } }""")).hasSize(1);
        assertThat(evidenceOf(statics, """
                package acme; import java.util.*;
                class A { static final Map<String, Integer> RATES = new HashMap<>();
                  static { RATES.put("a", 1); }
                  @Entry int run() { return RATES.get("a"); } }""")).isEmpty();
        String instances = rule("{fact: instance-state-write}");
        assertThat(evidenceOf(instances, """
                package acme; import java.util.*;
                class A { private final List<String> seen; A() { seen = new ArrayList<>(); seen.add("boot"); }
                  @Entry void run() { this.seen.add("request"); } }""")).singleElement()
                .satisfies(e -> assertThat(e.line()).isEqualTo(3));
        assertThat(evidenceOf(instances, """
                package acme; import java.util.*;
                class A { private final List<String> seen = new ArrayList<>(); A() { seen.add("boot"); }
                  @Entry int run() { return seen.size(); } }""")).isEmpty();
    }
}
