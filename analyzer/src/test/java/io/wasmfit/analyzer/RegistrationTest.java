package io.wasmfit.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wasmfit.model.Candidate;
import io.wasmfit.model.Report;
import io.wasmfit.rules.RuleLoader;
import io.wasmfit.rules.RuleSet;

/**
 * Entry points registered by a call: the handler (a lambda, a method reference, an anonymous
 * class) is the candidate, with an id that stays the same when unrelated code moves, and a
 * closure of its own.
 */
class RegistrationTest {

    @TempDir
    Path dir;

    private static final String RULES = """
            pack: test
            rules:
              - id: test-route
                criterion: eventDriven
                points: 100
                message: "route {route}"
                match: {call: {type: lib.App, name: get, capture: {route: 0}, handler: last}}
                trigger: {kind: http, type: http, detail: {method: GET, route: "{route}"}}
              - id: test-sleep
                criterion: shortRunning
                points: -30
                message: sleeps
                match: {call: {type: java.lang.Thread, name: sleep}}
            """;

    private static final String APP = """
            package acme;

            import lib.App;

            public class Routes {

                private final Handlers handlers = new Handlers();

                public void register(App app) {
                    app.get("/fast", ctx -> ctx.toString());
                    app.get("/slow", ctx -> {
                        pause();
                        return "slow";
                    });
                    app.get("/ref", handlers::list);
                    app.get("/anonymous", new lib.Handler() {
                        @Override
                        public Object handle(Object ctx) {
                            return "anonymous";
                        }
                    });
                }

                private static void pause() {
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
            """;

    private static final String HANDLERS = """
            package acme;

            public class Handlers {
                public Object list(Object ctx) {
                    return "list";
                }
            }
            """;

    private Report scan(String app, String name) {
        TestProjects p = TestProjects.in(dir.resolve(name)).java(app).java(HANDLERS);
        RuleLoader.Result rules = RuleLoader.load(RULES, "test.yaml");
        assertThat(rules.errors()).isEmpty();
        return p.scan(RuleSet.of(rules.packs()));
    }

    private static Candidate byRoute(Report report, String route) {
        return report.candidates().stream().filter(c -> route.equals(c.trigger().detail("route"))).findFirst().orElseThrow();
    }

    @Test
    void eachRegisteredHandlerIsACandidateNamedByWhereItIsDeclared() {
        Report report = scan(APP, "a");
        assertThat(report.candidates()).extracting(Candidate::id).containsExactlyInAnyOrder(
                "acme.Routes#register(App)$lambda$0",
                "acme.Routes#register(App)$lambda$1",
                "acme.Handlers#list(Object)",
                "acme.Routes$1#handle(Object)");
        Candidate fast = byRoute(report, "/fast");
        assertThat(fast.name()).isEqualTo("Routes.register$lambda$0");
        assertThat(fast.location().line()).isEqualTo(10);
        assertThat(byRoute(report, "/anonymous").location().line()).isEqualTo(18);
        assertThat(byRoute(report, "/ref").location().file()).endsWith("Handlers.java");
        // the evidence points at the registration
        assertThat(byRoute(report, "/ref").evidence().get(0).line()).isEqualTo(15);
    }

    @Test
    void aLambdaCandidateHasTheClosureOfItsOwnBody() {
        Report report = scan(APP, "b");
        assertThat(byRoute(report, "/slow").evidence()).extracting(e -> e.ruleId()).contains("test-sleep");
        assertThat(byRoute(report, "/fast").evidence()).extracting(e -> e.ruleId()).doesNotContain("test-sleep");
        assertThat(byRoute(report, "/fast").closure().methodIds()).containsExactly("acme.Routes#register(App)$lambda$0");
    }

    @Test
    void idsDoNotChangeWhenUnrelatedCodeMovesTheLines() {
        List<String> before = scan(APP, "c").candidates().stream().map(Candidate::id).sorted().toList();
        String moved = APP.replace("public class Routes {", "public class Routes {\n\n    private int unrelated;\n\n    void helper() {\n    }\n");
        List<String> after = scan(moved, "d").candidates().stream().map(Candidate::id).sorted().toList();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aHandlerThatIsNotCodeRegistersNothing() {
        Report report = scan("""
                package acme;

                import lib.App;

                public class Routes {
                    public void register(App app, lib.Handler shared) {
                        app.get("/variable", shared);
                        app.get("/missing");
                    }
                }
                """, "e");
        assertThat(report.candidates()).isEmpty();
    }
}
