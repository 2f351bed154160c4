package io.wasmfit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Konveyor ruleset folder loads as one wasmfit pack: conditions become matches, effort and
 * category are kept and shown, links kept, and everything that cannot be evaluated is a warning.
 * The ruleset under test is the example in examples/rules/konveyor/wasm-readiness.
 */
class KonveyorRulesetTest {

    @TempDir
    Path dir;

    static Path example() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("examples/rules/konveyor/wasm-readiness");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/rules/konveyor/wasm-readiness not found");
    }

    private static Rule rule(RulePack pack, String id) {
        return pack.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void aRulesetFolderLoadsAsOnePackWithEffortCategoryMessageAndLinks() {
        RuleLoader.Result r = RuleLoader.loadFolder(example());
        assertThat(r.errors()).isEmpty();
        RulePack pack = r.packs().get(0);
        assertThat(pack.id()).isEqualTo("konveyor-wasm-readiness");
        assertThat(pack.title()).isEqualTo("Java constructs that stand in the way of running a service as a WebAssembly component");
        Rule threads = rule(pack, "wasm-threads-00010");
        assertThat(threads.effort()).isEqualTo(5);
        assertThat(threads.points()).isEqualTo(-25);
        assertThat(threads.criterion()).isEqualTo(Criterion.SHORT_RUNNING);
        assertThat(threads.title()).isEqualTo("Threads are not available in a Spin component");
        assertThat(threads.message()).startsWith("The code starts threads. A Spin component runs one request on one thread; move")
                .contains("(Konveyor mandatory, effort 5)")
                .endsWith("; see also Long-running jobs over HTTP <https://github.com/fermyon/enterprise-architectures-and-patterns/tree/main/long-running-jobs-over-http>");
        assertThat(threads.link()).isEqualTo("https://spinframework.dev/v3/http-trigger");
        assertThat(threads.isEntryPoint()).isFalse();
        assertThat(rule(pack, "wasm-session-00070").points()).isEqualTo(-35);
        assertThat(rule(pack, "wasm-jaxb-00020").criterion()).isEqualTo(Criterion.DEPENDENCY_SUPPORTED);
    }

    @Test
    void eachSupportedLocationBecomesTheMatchingKind() {
        RulePack pack = RuleLoader.loadFolder(example()).packs().get(0);
        assertThat(rule(pack, "wasm-threads-00010").match()).isEqualTo(new Match.Any(List.of(
                new Match.New(NamePattern.of("java.lang.Thread")),
                new Match.Call(NamePattern.of("java.util.concurrent.Executors"), NamePattern.of("new*"), null))));
        assertThat(rule(pack, "wasm-jaxb-00020").match()).isEqualTo(new Match.Import(NamePattern.of("javax.xml.bind*")));
        assertThat(rule(pack, "wasm-ejb-00030").match()).isEqualTo(new Match.Any(List.of(
                new Match.Annotation(NamePattern.of("javax.ejb.Stateless"), Match.Target.METHOD, Map.of(), Map.of()),
                new Match.Annotation(NamePattern.of("javax.ejb.Stateless"), Match.Target.CLASS, Map.of(), Map.of()),
                new Match.Annotation(NamePattern.of("javax.ejb.Stateless"), Match.Target.PARAMETER, Map.of(), Map.of()))));
        assertThat(rule(pack, "wasm-md5-00040").match()).isInstanceOfSatisfying(Match.All.class, all -> {
            assertThat(all.matches().get(0)).isEqualTo(new Match.Call(NamePattern.of("java.security.MessageDigest"),
                    NamePattern.of("getInstance"), null));
            assertThat(all.matches().get(1)).isInstanceOfSatisfying(Match.Text.class,
                    t -> assertThat(t.pattern().pattern()).isEqualTo("getInstance\\(\"MD5\"\\)"));
        });
        assertThat(rule(pack, "wasm-servlet-00050").match()).isEqualTo(new Match.Supertype(NamePattern.of("javax.servlet.http.HttpServlet")));
        assertThat(rule(pack, "wasm-runnable-00060").match()).isEqualTo(new Match.Supertype(NamePattern.of("java.lang.Runnable")));
        assertThat(rule(pack, "wasm-session-00070").match()).isEqualTo(new Match.Any(List.of(
                new Match.TypeUse(NamePattern.of("javax.servlet.http.HttpSession")),
                new Match.New(NamePattern.of("javax.servlet.http.HttpSession")))));
        assertThat(rule(pack, "wasm-quartz-00090").match()).isInstanceOfSatisfying(Match.Dependency.class,
                d -> assertThat(d.coordinates().matches("org.quartz-scheduler:quartz")).isTrue());
        assertThat(rule(pack, "wasm-javax-persistence-00100").match()).isEqualTo(new Match.All(List.of(
                new Match.Import(NamePattern.of("javax.persistence*")),
                new Match.Not(new Match.Import(NamePattern.of("jakarta.persistence*"))))));
        // only the supported branch of the 'or' is left
        assertThat(rule(pack, "wasm-corba-00910").match()).isEqualTo(new Match.Import(NamePattern.of("org.omg.CORBA*")));
    }

    @Test
    void whatCannotBeEvaluatedIsAWarningWithItsPlaceNeverDroppedSilently() {
        RuleLoader.Result r = RuleLoader.loadFolder(example());
        RulePack pack = r.packs().get(0);
        assertThat(pack.rules()).extracting(Rule::id).doesNotContain("wasm-xml-00900", "wasm-jndi-00920", "wasm-tag-00930",
                "wasm-field-00940");
        assertThat(r.warnings()).isEqualTo(pack.warnings());
        List<String> warnings = r.warnings().stream().map(w -> w.toString().replace(example().toString(), "")).toList();
        assertThat(warnings).containsExactly(
                "/01-runtime.yaml:56:20: parameter types in 'java.security.MessageDigest.getInstance(java.lang.String)' are not compared: every overload matches",
                "/01-runtime.yaml:110:7: version bounds are not supported: any version of the dependency matches",
                "/90-not-evaluated.yaml:12:7: condition 'builtin.xml' is not supported by wasmfit",
                "/90-not-evaluated.yaml:11:5: rule 'wasm-xml-00900' is not loaded: its condition cannot be evaluated by wasmfit (see the warnings above)",
                "/90-not-evaluated.yaml:23:11: condition 'builtin.file' is not supported by wasmfit",
                "/90-not-evaluated.yaml:37:11: condition 'builtin.file' is not supported by wasmfit",
                "/90-not-evaluated.yaml:35:5: rule 'wasm-jndi-00920' is not loaded: its condition cannot be evaluated by wasmfit (see the warnings above)",
                "/90-not-evaluated.yaml:43:3: rule 'wasm-tag-00930' has no message (a tagging rule): not loaded, wasmfit has no tags",
                "/90-not-evaluated.yaml:58:17: location FIELD is not supported (supported: ANNOTATION, IMPORT, METHOD_CALL, "
                        + "CONSTRUCTOR_CALL, INHERITANCE, IMPLEMENTS_TYPE, TYPE, RETURN_TYPE, PACKAGE)",
                "/90-not-evaluated.yaml:57:5: rule 'wasm-field-00940' is not loaded: its condition cannot be evaluated by wasmfit (see the warnings above)");
        // every rule of the files is either loaded or named by a warning
        assertThat(pack.rules()).hasSize(11);
        assertThat(warnings.stream().filter(w -> w.contains("is not loaded") || w.contains("not loaded,"))).hasSize(4);
    }

    @Test
    void aFolderOfRulesetsLoadsEachAndPlainPacksBesideThem() throws Exception {
        Path parent = dir.resolve("rules");
        Path ruleset = Files.createDirectories(parent.resolve("mine"));
        Files.writeString(ruleset.resolve("ruleset.yaml"), "name: Team Rules\n");
        Files.writeString(ruleset.resolve("rules.yaml"), """
                - ruleID: Team_Rule_1
                  message: uses the old API
                  when:
                    java.referenced:
                      pattern: com.acme.legacy*
                """);
        Files.writeString(parent.resolve("pack.yaml"), """
                pack: team
                disable: [wasm-threads-00010]
                """);
        RuleLoader.Result r = RuleLoader.loadFolder(parent);
        assertThat(r.errors()).isEmpty();
        assertThat(r.packs()).extracting(RulePack::id).containsExactly("konveyor-team-rules", "team");
        Rule rule = r.packs().get(0).rules().get(0);
        assertThat(rule.id()).isEqualTo("team_rule_1".replace('_', '-'));
        assertThat(rule.points()).isEqualTo(-5);
        assertThat(rule.effort()).isNull();
        assertThat(rule.match()).isInstanceOf(Match.Any.class);
    }

    @Test
    void brokenRulesetFilesGiveErrorsWithTheirPlace() throws Exception {
        Files.writeString(dir.resolve("ruleset.yaml"), "description: no name\n");
        Files.writeString(dir.resolve("a.yaml"), """
                - ruleID: ok-1
                  message: m
                  when:
                    java.referenced:
                      pattern: a.b*
                - description: no id
                  when: {java.referenced: {pattern: x}}
                - ruleID: no-when
                  message: m
                """);
        Files.writeString(dir.resolve("b.yaml"), "- ruleID: x\n  when: [unclosed\n");
        RuleLoader.Result r = RuleLoader.loadFolder(dir);
        assertThat(r.errors()).extracting(e -> e.toString().replace(dir.toString(), "")).containsExactly(
                "/ruleset.yaml:1:1: a Konveyor ruleset.yaml needs 'name'",
                "/a.yaml:6:3: a Konveyor rule needs 'ruleID'",
                "/a.yaml:8:3: rule 'no-when' needs 'when'",
                "/b.yaml:3:1: not valid YAML: expected ',' or ']', but got <stream end>");
        assertThat(r.packs()).isEmpty();
    }

    @Test
    void aConditionThatRefersToItselfIsAnErrorNotACrash() throws Exception {
        Files.writeString(dir.resolve("ruleset.yaml"), "name: loop\n");
        Files.writeString(dir.resolve("a.yaml"), "- ruleID: loop-1\n  message: m\n  when: &c {or: [*c]}\n");
        RuleLoader.Result r = RuleLoader.loadFolder(dir);
        assertThat(r.errors()).extracting(RuleError::message).contains("conditions nest deeper than 32 levels (is an alias referring to itself?)");
        assertThat(r.packs().get(0).rules()).isEmpty();
    }
}
