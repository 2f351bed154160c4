package io.wasmfit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every mistake in a rule file is reported with its line and column, and the valid rules still load. */
class RuleLoaderTest {

    private static RuleLoader.Result load(String yaml) {
        return RuleLoader.load(yaml, "user.yaml");
    }

    @Test
    void aValidPackLoadsEveryField() {
        RuleLoader.Result r = load("""
                pack: team
                title: Team rules
                disable: [thread-sleep]
                rules:
                  - id: no-soap
                    title: SOAP clients
                    criterion: dependencySupported
                    points: -40
                    message: "Calls SOAP ({call})"
                    link: https://example.com/soap
                    match:
                      any:
                        - call: {type: "javax.xml.ws.*", name: "*"}
                        - not: {fact: unbounded-loop}
                """);
        assertThat(r.errors()).isEmpty();
        RulePack pack = r.packs().get(0);
        assertThat(pack.id()).isEqualTo("team");
        assertThat(pack.disable()).containsExactly("thread-sleep");
        Rule rule = pack.rules().get(0);
        assertThat(rule.criterion()).isEqualTo(Criterion.DEPENDENCY_SUPPORTED);
        assertThat(rule.points()).isEqualTo(-40);
        assertThat(rule.pack()).isEqualTo("team");
        assertThat(rule.match()).isInstanceOf(Match.Any.class);
        assertThat(((Match.Any) rule.match()).matches().get(1)).isEqualTo(new Match.Not(new Match.Fact("unbounded-loop")));
    }

    @Test
    void unknownKeysAreReportedWhereTheyAre() {
        RuleLoader.Result r = load("""
                pack: team
                rules:
                  - id: a
                    criterion: shortRunning
                    points: -10
                    mesage: typo
                    match: {fact: unbounded-loop}
                """);
        assertThat(r.errors()).extracting(RuleError::toString).containsExactly(
                "user.yaml:6:5: unknown key 'mesage' in a rule (allowed: blocker, criterion, id, link, match, message, points, title, trigger)",
                "user.yaml:3:5: missing 'message'");
        assertThat(r.packs().get(0).rules()).isEmpty();
    }

    @Test
    void badPatternsBadValuesAndDuplicateIdsAreEachReported() {
        RuleLoader.Result r = load("""
                pack: team
                rules:
                  - id: a
                    criterion: shortRunning
                    points: -10
                    message: m
                    match: {call: {type: "java.{util", name: x}}
                  - id: b
                    criterion: fastness
                    points: lots
                    message: m
                    match: {fact: nonsense}
                  - id: c
                    criterion: shortRunning
                    points: -5
                    message: ok
                    match: {fact: unbounded-loop}
                  - id: c
                    criterion: shortRunning
                    points: -5
                    message: again
                    match: {fact: unbounded-loop}
                """);
        assertThat(r.errors()).extracting(RuleError::toString).containsExactly(
                "user.yaml:7:26: '{' without '}' in name pattern 'java.{util'",
                "user.yaml:9:16: unknown criterion 'fastness' (expected eventDriven, shortRunning or dependencySupported)",
                "user.yaml:10:13: points must be a whole number, not 'lots'",
                "user.yaml:12:19: unknown fact 'nonsense' (known: instance-state-write, native-method, static-mutable-field, static-state-write, synchronized, unbounded-loop)",
                "user.yaml:18:5: duplicate rule id 'c' in this pack");
        assertThat(r.packs().get(0).rules()).extracting(Rule::id).containsExactly("c");
    }

    @Test
    void brokenYamlPointsAtTheProblem() {
        RuleLoader.Result r = load("pack: team\nrules:\n  - id: a\n    match: {call: [\n");
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.message()).startsWith("not valid YAML");
            assertThat(e.line()).isGreaterThanOrEqualTo(4);
        });
        assertThat(r.packs()).isEmpty();
    }

    @Test
    void triggersBelongOnlyToEventDrivenRules() {
        RuleLoader.Result r = load("""
                pack: team
                rules:
                  - id: a
                    criterion: shortRunning
                    points: 10
                    message: m
                    match: {annotation: {name: x.Y}}
                    trigger: {kind: http, type: http}
                """);
        assertThat(r.errors()).extracting(RuleError::message).containsExactly("only eventDriven rules can declare a trigger");
    }

    @Test
    void aFolderLoadsEveryYamlFileInNameOrder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.yaml"), "pack: b\ndisable: [x]\n");
        Files.writeString(dir.resolve("a.yml"), "pack: a\ndisable: [y]\n");
        Files.writeString(dir.resolve("notes.txt"), "not a pack");
        RuleLoader.Result r = RuleLoader.loadFolder(dir);
        assertThat(r.errors()).isEmpty();
        assertThat(r.packs()).extracting(RulePack::id).containsExactly("a", "b");
        assertThat(RuleLoader.loadFolder(dir.resolve("missing")).errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("not a folder of rule packs"));
    }

    @Test
    void registrationCallsAndTheNewMatchKindsLoad() {
        RuleLoader.Result r = load("""
                pack: team
                rules:
                  - id: team-route
                    criterion: eventDriven
                    points: 90
                    message: "{method} {route}"
                    match:
                      call:
                        name: handler
                        via: {type: lib.Router, name: "{get,post}", capture: {route: 0, method: "@name"}}
                        args: {1: {name: accept}}
                        handler: [0, last]
                    trigger: {kind: http, type: http, detail: {method: "{method}", route: "{route}"}}
                  - id: team-signals
                    criterion: shortRunning
                    points: -5
                    message: m
                    match:
                      any:
                        - import: "javax.xml.*"
                        - text: {pattern: "MD5", files: "\\\\.properties$"}
                        - method: {returns: "java.util.function.*"}
                        - fact: static-state-write
                """);
        assertThat(r.errors()).isEmpty();
        Match.Call call = (Match.Call) r.packs().get(0).rules().get(0).match();
        assertThat(call.registers()).isTrue();
        assertThat(call.handler()).containsExactly(new Match.Call.Argument(0), Match.Call.Argument.LAST);
        assertThat(call.via().capture()).containsEntry("method", Match.Call.Argument.NAME).containsEntry("route", new Match.Call.Argument(0));
        assertThat(call.args()).containsOnlyKeys(1);
        assertThat(((Match.Any) r.packs().get(0).rules().get(1).match()).matches()).hasSize(4);
    }

    @Test
    void badRegexBadArgumentsAndMisplacedHandlersAreReported() {
        RuleLoader.Result r = load("""
                pack: team
                rules:
                  - id: a
                    criterion: shortRunning
                    points: -5
                    message: m
                    match: {text: "unclosed(group"}
                  - id: b
                    criterion: eventDriven
                    points: 50
                    message: m
                    match: {call: {name: get, capture: {x: first}, via: {name: route, handler: 0}, args: {one: {name: x}}}}
                    trigger: {kind: http, type: http, detail: {}}
                """);
        assertThat(r.errors()).extracting(RuleError::toString).containsExactly(
                "user.yaml:7:19: bad regex 'unclosed(group': Unclosed group at index 14",
                "user.yaml:12:44: an argument is a position (0, 1, ...) or 'last' or '@name', not 'first'",
                "user.yaml:12:71: unknown key 'handler' in call (allowed: args, capture, name, type, via)",
                "user.yaml:12:96: keys of 'args' are argument positions (0, 1, ...), not 'one'");
        assertThat(r.packs().get(0).rules()).isEmpty();
    }

    @Test
    void patternsLoadAndTheirMistakesAreReported() {
        RuleLoader.Result good = load("""
                pack: team
                patterns:
                  - id: team-kv
                    title: Key-value
                    advice: Use the key-value store
                    link: https://example.com
                    when:
                      - {kind: [http], evidence: [static-state]}
                      - closure: {annotation: {name: "org.springframework.cache.annotation.Cacheable"}}
                """);
        assertThat(good.errors()).isEmpty();
        SpinPattern p = good.packs().get(0).patterns().get(0);
        assertThat(p.when()).hasSize(2);
        assertThat(p.when().get(0).kinds()).containsExactly("http");
        assertThat(p.pack()).isEqualTo("team");
        RuleLoader.Result bad = load("""
                pack: team
                patterns:
                  - id: Bad
                    title: t
                    advice: a
                    when: {kind: [web]}
                  - id: ok
                    title: t
                    when: {}
                """);
        assertThat(bad.errors()).extracting(RuleError::toString).containsExactly(
                "user.yaml:3:9: pattern id 'Bad' must be lower-case words joined by '-'",
                "user.yaml:6:18: kind must be one of event, function, http, message, schedule, not 'web'",
                "user.yaml:7:5: missing 'advice'",
                "user.yaml:9:11: a pattern condition needs at least one of: closure, entry, evidence, kind, repository");
        assertThat(bad.packs().get(0).patterns()).isEmpty();
    }

    @Test
    void hostileFilesGiveErrorsAndNeverThrow() {
        String rule = "pack: p\nrules:\n  - id: a\n    criterion: shortRunning\n    points: -1\n    message: m\n";
        java.util.List<String> inputs = java.util.List.of(
                rule + "    match: &m {not: *m}\n",
                rule + "    match: {all: &l [{any: *l}]}\n",
                rule + "    match:\n",
                rule + "    match: {call: {name: x, via: &v {name: y, via: *v}}}\n",
                "pack: p\nrules:\n  - id: a\n    criterion: shortRunning\n    points: 99999999999999999999\n    message: m\n    match: {fact: unbounded-loop}\n",
                "pack: p\nrules: {a: b}\n",
                "pack: p\nrules:\n\t- id: tab\n",
                "- - -\n",
                "pack: [p]\nrules: []\n",
                "\u0000\u0001binary\u00ff",
                "pack: p\npatterns:\n  - id: x\n    title: t\n    advice: a\n    when: &w [*w]\n");
        for (String yaml : inputs) {
            RuleLoader.Result r = load(yaml);
            assertThat(r.errors()).as("errors for %s", yaml).isNotEmpty();
            assertThat(r.packs().stream().flatMap(p -> p.rules().stream())).as("rules of %s", yaml).isEmpty();
        }
    }
}
