package io.wasmfit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {

    @TempDir
    Path dir;

    @Test
    void listShowsEveryBuiltInRuleWithItsPack() {
        CliRun run = CliRun.of("rules", "list");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("spring-get-mapping").contains("spring-web").contains("thread-creation")
                .contains("blocker").containsPattern("\\d+ rules in \\d+ packs");
    }

    @Test
    void listMarksRulesAUserPackDisables() throws Exception {
        Files.writeString(dir.resolve("team.yaml"), "pack: team\ndisable: [thread-sleep]\n");
        CliRun run = CliRun.of("rules", "list", "--rules", dir.toString());
        assertThat(run.out()).containsPattern("thread-sleep .* \\(disabled\\)");
    }

    @Test
    void validateReportsEveryErrorWithFileLineAndColumnAndExitsTwo() throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), """
                pack: team
                rules:
                  - id: Bad_Id
                    criterion: shortRunning
                    points: -10
                    message: m
                    match: {fact: unbounded-loop, call: {name: x}}
                """);
        CliRun run = CliRun.of("rules", "validate", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad.yaml:3:9: rule id 'Bad_Id' must be lower-case words joined by '-'")
                .contains("bad.yaml:7:12: a match has exactly one of");
    }

    @Test
    void validateAcceptsAGoodFolder() throws Exception {
        Files.writeString(dir.resolve("ok.yaml"), """
                pack: team
                rules:
                  - id: soap
                    criterion: dependencySupported
                    points: -30
                    message: SOAP
                    match: {type: "javax.xml.ws.*"}
                """);
        CliRun run = CliRun.of("rules", "validate", dir.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("1 packs, 1 rules, 0 patterns, no errors, 0 warning(s)");
    }

    static Path konveyorExample() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("examples/rules/konveyor/wasm-readiness");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/rules/konveyor/wasm-readiness not found");
    }

    @Test
    void listShowsThePatternsAndKonveyorEffortAndWarnsAboutWhatIsNotEvaluated() {
        CliRun run = CliRun.of("rules", "list", "--rules", konveyorExample().toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("wasm-threads-00010 +konveyor-wasm-readiness +shortRunning +-25  Threads are not "
                + "available in a Spin component \\[Konveyor effort 5]")
                .containsPattern("long-running-jobs-over-http +patterns +Long-running jobs over HTTP")
                .containsPattern("\\d+ Spin patterns");
        assertThat(run.err()).contains("warning: ").contains("90-not-evaluated.yaml:12:7: condition 'builtin.xml' is not supported by wasmfit")
                .contains("10 warning(s)");
    }

    @Test
    void validateAcceptsAKonveyorRulesetAndListsItsWarnings() {
        CliRun run = CliRun.of("rules", "validate", konveyorExample().toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("1 packs, 11 rules, 0 patterns, no errors, 10 warning(s)");
        assertThat(run.err()).contains("location FIELD is not supported");
    }

    @Test
    void scanWithABrokenRuleFileExitsTwoWithEveryErrorAndNoStackTrace() throws Exception {
        Files.writeString(dir.resolve("team.yaml"), """
                pack: team
                rules:
                  - id: a
                    criterion: shortRunning
                    points: -5
                    message: m
                    match: {text: "(unclosed"}
                """);
        CliRun run = CliRun.of("scan", dir.toString(), "--rules", dir.toString(), "--out", dir.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("team.yaml:7:19: bad regex '(unclosed'").doesNotContain("Exception").doesNotContain("\tat ");
    }
}
