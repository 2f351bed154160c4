package io.wasmfit.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wasmfit.analyzer.cache.FactsCache;
import io.wasmfit.analyzer.cache.ScoreCache;
import io.wasmfit.analyzer.facts.FileFacts;
import io.wasmfit.analyzer.facts.MethodFacts;
import io.wasmfit.analyzer.facts.TypeFacts;
import io.wasmfit.analyzer.workspace.WorkspaceException;
import io.wasmfit.model.Report;
import io.wasmfit.model.ReportJson;
import io.wasmfit.rules.RuleLoader;
import io.wasmfit.rules.RuleSet;

/** A cached scan gives exactly the report of an uncached one, and never serves stale facts. */
class CacheTest {

    @TempDir
    Path work;

    Path repo;
    Path cacheDir;
    final List<String> warnings = new ArrayList<>();
    final List<Analysis> analyses = new ArrayList<>();
    final ScanListener collecting = new ScanListener() {
        @Override
        public void warning(String message) {
            warnings.add(message);
        }
    };

    @BeforeEach
    void copyTheExample() throws IOException {
        repo = work.resolve("shop");
        cacheDir = work.resolve("cache");
        Path source = TestProjects.exampleShop();
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path p : paths.toList()) {
                Path target = repo.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private Analysis analyze(boolean cache, RuleSet rules) throws WorkspaceException {
        ScanOptions options = TestProjects.options(rules).withCacheDir(cacheDir).withCache(cache);
        Analysis analysis = new Scanner(options).analyze(repo.toString(), null, collecting);
        analysis.awaitCacheWritten();
        analyses.add(analysis);
        return analysis;
    }

    /** A report writes its scores in the background: the temporary folder goes only after they are written. */
    @AfterEach
    void awaitTheCacheWriters() {
        analyses.forEach(Analysis::awaitCacheWritten);
    }

    private static String json(Report r) {
        return ReportJson.toJson(r).replaceAll("\"durationMs\" : \\d+", "");
    }

    @Test
    void aSecondScanTakesEveryFileFromTheCacheAndGivesTheSameReport() throws Exception {
        Analysis uncached = analyze(false, RuleSet.builtIn());
        Analysis first = analyze(true, RuleSet.builtIn());
        Analysis second = analyze(true, RuleSet.builtIn());
        assertThat(first.filesFromCache()).isZero();
        assertThat(second.filesFromCache()).isEqualTo(first.report(RuleSet.builtIn(), ScanListener.NONE).summary().parsedFiles());
        String expected = json(uncached.report(RuleSet.builtIn(), ScanListener.NONE));
        assertThat(json(first.report(RuleSet.builtIn(), ScanListener.NONE))).isEqualTo(expected);
        assertThat(json(second.report(RuleSet.builtIn(), ScanListener.NONE))).isEqualTo(expected);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aChangedFileIsParsedAgainAndItsChangeIsSeen() throws Exception {
        analyze(true, RuleSet.builtIn());
        Path tax = Files.walk(repo).filter(p -> p.endsWith("TaxController.java")).findFirst().orElseThrow();
        Files.writeString(tax, Files.readString(tax).replace("@GetMapping(\"/{region}\")", "@GetMapping(\"/{region}/rates\")"));
        Analysis again = analyze(true, RuleSet.builtIn());
        Report report = again.report(RuleSet.builtIn(), ScanListener.NONE);
        assertThat(again.filesFromCache()).isEqualTo(report.summary().parsedFiles() - 1);
        assertThat(report.candidates()).anySatisfy(c -> assertThat(c.trigger().detail("route")).isEqualTo("/api/tax/{region}/rates"));
        assertThat(json(report)).isEqualTo(json(analyze(false, RuleSet.builtIn()).report(RuleSet.builtIn(), ScanListener.NONE)));
    }

    @Test
    void aDeletedFileDisappearsAndATouchedButUnchangedFileStaysCached() throws Exception {
        analyze(true, RuleSet.builtIn());
        Path label = Files.walk(repo).filter(p -> p.endsWith("ShippingLabelController.java")).findFirst().orElseThrow();
        Files.delete(label);
        Path tax = Files.walk(repo).filter(p -> p.endsWith("TaxController.java")).findFirst().orElseThrow();
        Files.setLastModifiedTime(tax, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Analysis again = analyze(true, RuleSet.builtIn());
        Report report = again.report(RuleSet.builtIn(), ScanListener.NONE);
        assertThat(again.filesFromCache()).isEqualTo(report.summary().parsedFiles());
        assertThat(report.candidates()).noneSatisfy(c -> assertThat(c.name()).isEqualTo("ShippingLabelController.printLabel"));
    }

    @Test
    void aChangedRulePackChangesTheResultsOfACachedScanExactlyAsAnUncachedOne() throws Exception {
        analyze(true, RuleSet.builtIn());
        RuleSet stricter = RuleSet.builtIn().with(RuleLoader.load("""
                pack: strict
                rules:
                  - id: database-round-trip
                    criterion: shortRunning
                    points: -60
                    message: "Waits on a database ({call})"
                    match: {call: {name: "*", type: "org.springframework.data.*Repository"}}
                """, "strict.yaml").packs());
        Analysis cached = analyze(true, stricter);
        assertThat(cached.filesFromCache()).isPositive();
        String withCache = json(cached.report(stricter, ScanListener.NONE));
        assertThat(withCache).isEqualTo(json(analyze(false, stricter).report(stricter, ScanListener.NONE)));
        assertThat(withCache).isNotEqualTo(json(analyze(false, RuleSet.builtIn()).report(RuleSet.builtIn(), ScanListener.NONE)));
    }

    @Test
    void aCorruptCacheIsDiscardedWithAWarningAndNeverTrusted() throws Exception {
        analyze(true, RuleSet.builtIn());
        Path file = FactsCache.fileFor(cacheDir, repo);
        byte[] bytes = Files.readAllBytes(file);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 64 && i < bytes.length; i++) {
            bytes[i] ^= 0x5A;
        }
        Files.write(file, bytes);
        Analysis afterCorruption = analyze(true, RuleSet.builtIn());
        assertThat(warnings).singleElement().satisfies(w -> assertThat(w).contains("could not be read").contains("discarded"));
        assertThat(afterCorruption.filesFromCache()).isZero();
        assertThat(json(afterCorruption.report(RuleSet.builtIn(), ScanListener.NONE)))
                .isEqualTo(json(analyze(false, RuleSet.builtIn()).report(RuleSet.builtIn(), ScanListener.NONE)));
        assertThat(analyze(true, RuleSet.builtIn()).filesFromCache()).as("rebuilt after the corrupt one").isPositive();
    }

    @Test
    void anotherBuildsCacheIsIgnored() throws Exception {
        analyze(true, RuleSet.builtIn());
        Path file = FactsCache.fileFor(cacheDir, repo);
        FactsCache other = FactsCache.load(file, "another build", warnings::add);
        assertThat(other.unchanged("anything", 0, 0)).isNull();
        assertThat(warnings).isEmpty();
        assertThat(analyze(true, RuleSet.builtIn()).filesFromCache()).isPositive();
    }

    /** A scan with the cache on whose caches are written: the next scan sees them. */
    private Report scanAndKeep(Analysis analysis, RuleSet rules) {
        Report report = analysis.report(rules, collecting);
        analysis.awaitCacheWritten();
        return report;
    }

    private String uncached(RuleSet rules) throws WorkspaceException {
        return json(analyze(false, rules).report(rules, ScanListener.NONE));
    }

    @Test
    void anEditThatNoClosureReachesReusesEveryScoreAndGivesTheUncachedReport() throws Exception {
        Analysis first = analyze(true, RuleSet.builtIn());
        Report before = scanAndKeep(first, RuleSet.builtIn());
        Set<String> reached = new HashSet<>();
        before.candidates().forEach(c -> {
            reached.add(c.location().file());
            c.evidence().forEach(e -> reached.add(e.file()));
            c.closure().typeNames().forEach(t -> reached.add(first.index().type(t).file().path()));
        });
        String untouched = first.index().files().stream().map(f -> f.path()).filter(f -> !reached.contains(f))
                .sorted().findFirst().orElseThrow();
        Path file = repo.resolve(untouched);
        Files.writeString(file, "// a line more: every line below moves\n" + Files.readString(file));

        Analysis again = analyze(true, RuleSet.builtIn());
        Report report = scanAndKeep(again, RuleSet.builtIn());
        assertThat(again.filesFromCache()).isEqualTo(report.summary().parsedFiles() - 1);
        assertThat(again.scoresFromCache()).isEqualTo(report.candidates().size());
        assertThat(json(report)).isEqualTo(uncached(RuleSet.builtIn()));
        assertThat(warnings).isEmpty();
    }

    /** A method with a body in a file that no candidate's entry point, evidence or closure comes from. */
    private record Untouched(Path file, int braceLine) {
        /** Puts {@code statement} at the start of the method's body. */
        void insert(String statement) throws IOException {
            List<String> lines = new ArrayList<>(Files.readAllLines(file));
            lines.add(braceLine, "        " + statement);
            Files.write(file, lines);
        }
    }

    private Untouched untouchedMethod(Analysis analysis, Report report) throws IOException {
        Set<String> reached = new HashSet<>();
        report.candidates().forEach(c -> {
            reached.add(c.location().file());
            c.evidence().forEach(e -> reached.add(e.file()));
            c.closure().typeNames().forEach(t -> reached.add(analysis.index().type(t).file().path()));
        });
        for (FileFacts f : analysis.index().files()) {
            if (reached.contains(f.path())) {
                continue;
            }
            for (TypeFacts t : f.types()) {
                for (MethodFacts m : t.methods()) {
                    if (m.isConstructor() || m.isLambda() || m.endLine() <= m.nameLine()) {
                        continue;
                    }
                    List<String> lines = Files.readAllLines(repo.resolve(f.path()));
                    for (int i = m.nameLine() - 1; i < m.endLine() - 1; i++) {
                        if (lines.get(i).strip().endsWith("{")) {
                            return new Untouched(repo.resolve(f.path()), i + 1);
                        }
                    }
                }
            }
        }
        throw new AssertionError("the example has no method outside every closure");
    }

    @Test
    void aBodyEditThatCanAddNoEntryPointReusesEveryScoreWithoutTheIndex() throws Exception {
        Analysis first = analyze(true, RuleSet.builtIn());
        untouchedMethod(first, scanAndKeep(first, RuleSet.builtIn())).insert("System.out.println(\"audit\");");

        Analysis again = analyze(true, RuleSet.builtIn());
        Report report = scanAndKeep(again, RuleSet.builtIn());
        assertThat(again.scoresFromCache()).isEqualTo(report.candidates().size());
        assertThat(again.indexBuilt()).as("the facts of unchanged files were not needed").isFalse();
        assertThat(json(report)).isEqualTo(uncached(RuleSet.builtIn()));
    }

    @Test
    void aRegistrationAddedWhereNoClosureReachesIsANewCandidate() throws Exception {
        Analysis first = analyze(true, RuleSet.builtIn());
        Report before = scanAndKeep(first, RuleSet.builtIn());
        untouchedMethod(first, before).insert("io.javalin.Javalin.create().get(\"/late\", ctx -> ctx.result(\"late\"));");

        Analysis again = analyze(true, RuleSet.builtIn());
        Report report = scanAndKeep(again, RuleSet.builtIn());
        assertThat(report.candidates()).hasSize(before.candidates().size() + 1)
                .anySatisfy(c -> assertThat(c.trigger().detail()).containsEntry("route", "/late"));
        assertThat(json(report)).isEqualTo(uncached(RuleSet.builtIn()));
    }

    @Test
    void anEditInsideAClosureScoresItsCandidatesAgainAndReusesTheOthers() throws Exception {
        Report before = scanAndKeep(analyze(true, RuleSet.builtIn()), RuleSet.builtIn());
        Path tax = Files.walk(repo).filter(p -> p.endsWith("TaxController.java")).findFirst().orElseThrow();
        Files.writeString(tax, Files.readString(tax).replace("Money.requireNonNegative(amount, \"Amount\");",
                "Money.requireNonNegative(amount, \"Amount\");\n        Thread.sleep(120_000);"));

        Analysis again = analyze(true, RuleSet.builtIn());
        Report report = scanAndKeep(again, RuleSet.builtIn());
        assertThat(again.scoresFromCache()).isPositive().isLessThan(report.candidates().size());
        assertThat(json(report)).isEqualTo(uncached(RuleSet.builtIn()));
        int shortRunningBefore = before.candidates().stream().filter(c -> c.name().equals("TaxController.calculate"))
                .findFirst().orElseThrow().scores().shortRunning();
        assertThat(report.candidates()).filteredOn(c -> c.name().equals("TaxController.calculate")).singleElement()
                .satisfies(c -> assertThat(c.scores().shortRunning()).isLessThan(shortRunningBefore));
    }

    @Test
    void otherRulesOrACorruptScoreCacheScoreEverythingAgain() throws Exception {
        scanAndKeep(analyze(true, RuleSet.builtIn()), RuleSet.builtIn());
        RuleSet fewer = RuleSet.builtIn().without(List.of("thread-sleep"));
        Analysis withFewer = analyze(true, fewer);
        assertThat(json(scanAndKeep(withFewer, fewer))).isEqualTo(uncached(fewer));
        assertThat(withFewer.scoresFromCache()).isZero();

        Analysis sameRules = analyze(true, fewer);
        scanAndKeep(sameRules, fewer);
        assertThat(sameRules.scoresFromCache()).as("nothing changed").isPositive();

        Files.writeString(ScoreCache.fileFor(cacheDir, repo.toRealPath()), "{\"key\": [1, 2");
        Analysis afterCorruption = analyze(true, fewer);
        assertThat(json(scanAndKeep(afterCorruption, fewer))).isEqualTo(uncached(fewer));
        assertThat(afterCorruption.scoresFromCache()).isZero();
        assertThat(warnings).singleElement().satisfies(w -> assertThat(w).contains("score cache").contains("discarded"));
    }
}
