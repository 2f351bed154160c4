package io.wasmfit.analyzer.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.wasmfit.analyzer.TestProjects;
import io.wasmfit.analyzer.facts.FileFacts;
import io.wasmfit.analyzer.facts.MethodFacts;
import io.wasmfit.analyzer.index.MethodRef;
import io.wasmfit.analyzer.index.RepoIndex;
import io.wasmfit.analyzer.index.Resolver;
import io.wasmfit.analyzer.index.TypeEntry;
import io.wasmfit.analyzer.parse.JavaFileParser;
import io.wasmfit.analyzer.workspace.SourceWalker;
import io.wasmfit.analyzer.workspace.WorkspaceFiles;
import io.wasmfit.rules.Match;
import io.wasmfit.rules.Rule;
import io.wasmfit.rules.RuleSet;
import io.wasmfit.rules.SpinPattern;

/** The prefilter only skips work: every rule gives the same hits on every method with it as without it. */
class RulePrefilterTest {

    private record Setup(RepoIndex index, MatchEvaluator evaluator) {
    }

    private static Setup over(Path root) throws Exception {
        WorkspaceFiles files = SourceWalker.walk(root);
        JavaFileParser parser = new JavaFileParser(10 << 20);
        List<FileFacts> facts = new ArrayList<>();
        for (Path f : files.javaFiles()) {
            JavaFileParser.Outcome outcome = parser.parse(f, files.relative(f));
            if (outcome.parsed()) {
                facts.add(outcome.facts());
            }
        }
        RepoIndex index = new RepoIndex(facts);
        return new Setup(index, new MatchEvaluator(new Resolver(index), List.of(), new SourceLines(root,
                files.javaFiles().stream().map(files::relative).toList())));
    }

    private static List<Match> everyBuiltInMatch() {
        List<Match> matches = new ArrayList<>(RuleSet.builtIn().active().stream().map(Rule::match).toList());
        for (SpinPattern p : RuleSet.builtIn().activePatterns()) {
            for (SpinPattern.Condition c : p.when()) {
                for (Match m : new Match[] {c.entry(), c.closure(), c.repository()}) {
                    if (m != null) {
                        matches.add(m);
                    }
                }
            }
        }
        return matches;
    }

    private static int compare(Path root) throws Exception {
        Setup setup = over(root);
        MatchEvaluator evaluator = setup.evaluator();
        List<Match> matches = everyBuiltInMatch();
        RulePrefilter prefilter = new RulePrefilter(matches);
        int hits = 0;
        for (TypeEntry type : setup.index().types()) {
            List<MethodFacts> methods = type.type().methods();
            for (int i = MethodRef.INITIALIZER; i < methods.size(); i++) {
                MethodRef ref = new MethodRef(type.fqn(), i);
                List<List<Hit>> filtered = evaluator.evaluateEach(prefilter, ref);
                for (int r = 0; r < matches.size(); r++) {
                    List<Hit> all = evaluator.evaluate(matches.get(r), ref);
                    assertThat(filtered.get(r)).as("%s on %s", matches.get(r), ref).isEqualTo(all);
                    hits += all.size();
                }
            }
        }
        return hits;
    }

    @Test
    void theExampleGetsTheSameHitsWithAndWithoutThePrefilter() throws Exception {
        assertThat(compare(TestProjects.exampleShop())).isPositive();
    }

    /** The rule fixtures hold a positive and a negative case of every built-in rule, in every framework's style. */
    @Test
    void theRuleFixturesGetTheSameHitsWithAndWithoutThePrefilter() throws Exception {
        assertThat(compare(Path.of("src/test/resources/rules"))).isPositive();
    }

    @Test
    void rulesThatNeedANameAreSkippedWhereThatNameIsMissing() throws Exception {
        RepoIndex index = over(TestProjects.exampleShop()).index();
        List<Match> entryMatches = RuleSet.builtIn().active().stream().filter(Rule::isEntryPoint).map(Rule::match).toList();
        RulePrefilter prefilter = new RulePrefilter(entryMatches);
        long evaluated = 0;
        long total = 0;
        for (TypeEntry type : index.types()) {
            for (MethodFacts m : type.type().methods()) {
                evaluated += prefilter.candidates(type, m).cardinality();
                total += entryMatches.size();
            }
        }
        assertThat(evaluated).as("rule evaluations left of %d", total).isLessThan(total / 4);
    }
}
