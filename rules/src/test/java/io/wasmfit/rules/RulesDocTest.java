package io.wasmfit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The packs shown in docs/rules.md and examples/rules/team load without errors, so the docs stay true. */
class RulesDocTest {

    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);

    static Path repo() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("docs/rules.md"))) {
                return d;
            }
        }
        throw new IllegalStateException("docs/rules.md not found");
    }

    @Test
    void everyPackInTheDocsLoadsWithoutErrors() throws Exception {
        String doc = Files.readString(repo().resolve("docs/rules.md"));
        Matcher m = YAML_BLOCK.matcher(doc);
        List<String> packs = new ArrayList<>();
        while (m.find()) {
            if (m.group(1).startsWith("pack:")) {
                packs.add(m.group(1));
            }
        }
        assertThat(packs).hasSizeGreaterThanOrEqualTo(12);
        for (String yaml : packs) {
            RuleLoader.Result r = RuleLoader.load(yaml, "docs/rules.md");
            assertThat(r.errors()).as(yaml).isEmpty();
            assertThat(r.packs()).as(yaml).hasSize(1);
        }
    }

    @Test
    void theTeamExampleLoadsAndOverridesDisablesAndAdds() {
        RuleLoader.Result r = RuleLoader.loadFolder(repo().resolve("examples/rules/team"));
        assertThat(r.errors()).isEmpty();
        RuleSet rules = RuleSet.builtIn().with(r.packs());
        assertThat(rules.isActive("reflection")).isFalse();
        assertThat(rules.isActive("content-negotiation")).isFalse();
        assertThat(rules.all()).filteredOn(x -> x.id().equals("cache-round-trip")).singleElement()
                .satisfies(x -> assertThat(x.points()).isEqualTo(-2));
        assertThat(rules.active()).extracting(Rule::id).contains("acme-bus-subscription", "acme-mainframe");
        assertThat(rules.activePatterns()).extracting(SpinPattern::id).contains("acme-outbox");
    }
}
