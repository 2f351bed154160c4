package io.wasmfit.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wasmfit.analyzer.workspace.WorkspaceException;
import io.wasmfit.model.Problem;
import io.wasmfit.model.Report;
import io.wasmfit.rules.RuleSet;

/** One broken file never stops a scan: each is a problem with file and message, and the rest is analysed. */
class BadInputTest {

    @TempDir
    Path dir;

    private static final String GOOD = """
            package shop;
            import org.springframework.web.bind.annotation.*;
            @RestController
            class PriceController {
                @GetMapping("/price")
                public int price(@RequestParam int qty) { return qty * 3; }
            }
            """;

    private TestProjects project() {
        return TestProjects.in(dir).java(GOOD);
    }

    private static Problem problemOf(Report r, String file) {
        return r.problems().stream().filter(p -> p.file().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem for " + file + " in " + r.problems()));
    }

    private static void stillFindsTheGoodCandidate(Report r) {
        assertThat(r.candidates()).extracting(c -> c.name()).contains("PriceController.price");
    }

    @Test
    void malformedJavaIsAProblemWithItsLine() {
        Report r = project().file("src/main/java/shop/Broken.java", "package shop;\nclass Broken {\n  void x( {\n}\n").scan();
        Problem p = problemOf(r, "src/main/java/shop/Broken.java");
        assertThat(p.message()).startsWith("does not parse as Java");
        assertThat(p.line()).isEqualTo(3);
        assertThat(r.summary().failedFiles()).isEqualTo(1);
        assertThat(r.summary().parsedFiles()).isEqualTo(1);
        stillFindsTheGoodCandidate(r);
    }

    @Test
    void nonUtf8FileIsDecodedWithAFallbackAndSaidSo() throws IOException {
        project();
        Path latin = dir.resolve("src/main/java/shop/Legacy.java");
        String source = "package shop;\n// Grüße aus Köln\nclass Legacy { String s = \"é\"; }\n";
        Files.write(latin, source.getBytes(StandardCharsets.ISO_8859_1));
        Report r = TestProjects.in(dir).scan();
        Problem p = problemOf(r, "src/main/java/shop/Legacy.java");
        assertThat(p.message()).contains("not valid UTF-8").contains("windows-1252");
        assertThat(p.line()).isEqualTo(2);
        assertThat(r.summary().parsedFiles()).isEqualTo(2);
        stillFindsTheGoodCandidate(r);
    }

    @Test
    void hugeFileIsSkippedWithTheReason() throws IOException {
        project();
        Path huge = dir.resolve("src/main/java/shop/Generated.java");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        Report r = TestProjects.in(dir).scan();
        assertThat(problemOf(r, "src/main/java/shop/Generated.java").message())
                .contains("skipped").contains("50 MB").contains("limit");
        stillFindsTheGoodCandidate(r);
    }

    @Test
    void binaryFileNamedJavaIsSkipped() throws IOException {
        project();
        Files.write(dir.resolve("src/main/java/shop/Image.java"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        Report r = TestProjects.in(dir).scan();
        assertThat(problemOf(r, "src/main/java/shop/Image.java").message()).contains("binary");
        stillFindsTheGoodCandidate(r);
    }

    @Test
    void symlinkLoopIsReportedAndNotFollowedForever() throws IOException {
        project();
        Files.createDirectories(dir.resolve("src/main/java/shop/loop"));
        Files.createSymbolicLink(dir.resolve("src/main/java/shop/loop/again"), dir.resolve("src/main/java/shop"));
        Report r = TestProjects.in(dir).scan();
        assertThat(problemOf(r, "src/main/java/shop/loop/again").message()).contains("loop");
        assertThat(r.summary().files()).isEqualTo(1);
        stillFindsTheGoodCandidate(r);
    }

    @Test
    void symlinkOutOfTheRootIsNotFollowed(@TempDir Path outside) throws IOException {
        project();
        TestProjects.in(outside).java("package secret; class Secret { @org.springframework.scheduling.annotation.Scheduled(cron = \"0 0 * * * *\") void x() {} }");
        Files.createSymbolicLink(dir.resolve("src/main/java/elsewhere"), outside.resolve("src/main/java"));
        Report r = TestProjects.in(dir).scan();
        assertThat(problemOf(r, "src/main/java/elsewhere").message()).contains("outside the repository");
        assertThat(r.candidates()).extracting(c -> c.name()).doesNotContain("Secret.x");
    }

    @Test
    void unreadableFolderIsAProblemWhenPermissionsApply() throws IOException {
        project();
        Path locked = dir.resolve("src/main/java/locked");
        Files.createDirectories(locked);
        Files.writeString(locked.resolve("Hidden.java"), "package locked; class Hidden {}");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeTrue(!Files.isReadable(locked), "running as root: permissions do not stop reading");
            Report r = TestProjects.in(dir).scan();
            assertThat(problemOf(r, "src/main/java/locked").message()).contains("not readable");
            stillFindsTheGoodCandidate(r);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void buildOutputToolFoldersTestSourcesAndGitignoredFilesAreSkipped() {
        Report r = project()
                .file("target/generated-sources/shop/Gen.java", "package shop; class Gen {}")
                .file("build/Gen2.java", "package shop; class Gen2 {}")
                .file("node_modules/x/Gen3.java", "package shop; class Gen3 {}")
                .file(".idea/Gen4.java", "package shop; class Gen4 {}")
                .file("src/test/java/shop/PriceControllerTest.java", "package shop; class PriceControllerTest {}")
                .file("legacy/Old.java", "package shop; class Old {}")
                .file(".gitignore", "legacy/\n*.bak.java\n")
                .file("src/main/java/shop/Copy.bak.java", "package shop; class Copy {}")
                .scan();
        assertThat(r.summary().files()).isEqualTo(1);
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void brokenBuildFileIsAProblemNotAFailure() {
        Report r = project().file("pom.xml", "<project><dependencies><dependency>").scan();
        assertThat(problemOf(r, "pom.xml").message()).contains("build file not understood");
        stillFindsTheGoodCandidate(r);
    }

    @Test
    void missingFolderFileAndBranchOnAFolderAreWorkspaceErrors() throws IOException {
        Scanner scanner = new Scanner(TestProjects.options(RuleSet.builtIn()));
        assertThatThrownBy(() -> scanner.analyze(dir.resolve("nope").toString(), null, ScanListener.NONE))
                .isInstanceOf(WorkspaceException.class).hasMessageStartingWith("no such folder");
        Path file = Files.writeString(dir.resolve("a.txt"), "x");
        assertThatThrownBy(() -> scanner.analyze(file.toString(), null, ScanListener.NONE))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("is a file");
        assertThatThrownBy(() -> scanner.analyze(dir.toString(), "main", ScanListener.NONE))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("--branch needs a git URL");
    }

    @Test
    void emptyFolderGivesAnEmptyReport() {
        Report r = TestProjects.in(dir).scan();
        assertThat(r.candidates()).isEmpty();
        assertThat(r.summary().files()).isZero();
    }
}
