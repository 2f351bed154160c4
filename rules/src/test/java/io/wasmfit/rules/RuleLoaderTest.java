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
                "user.yaml:12:19: unknown fact 'nonsense' (known: native-method, static-mutable-field, synchronized, unbounded-loop)",
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
}
