package io.wasmfit.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wasmfit.analyzer.workspace.WorkspaceException;
import io.wasmfit.model.Report;
import io.wasmfit.rules.RuleSet;

/** Scans of real git repositories made in a temp folder, reached through file:// URLs. */
class GitScanTest {

    @TempDir
    Path repoDir;

    @TempDir
    Path cache;

    private static final String MAIN_SOURCE = """
            package shop;
            import org.springframework.web.bind.annotation.*;
            @RestController class A { @GetMapping("/main") public int a() { return 1; } }
            """;
    private static final String FEATURE_SOURCE = """
            package shop;
            import org.springframework.web.bind.annotation.*;
            @RestController class B { @PostMapping("/feature") public int b() { return 2; } }
            """;

    private Scanner scanner() {
        return new Scanner(TestProjects.options(RuleSet.builtIn()).withJobs(1)
                .withCacheDir(cache));
    }

    private RevCommit commit(Git git, String file, String content, String message) throws Exception {
        Path p = repoDir.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        git.add().addFilepattern(".").call();
        return git.commit().setMessage(message).setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
                .setSign(false).call();
    }

    @Test
    void scansTheRequestedBranchAndFetchesNewCommitsOnTheNextScan() throws Exception {
        String url;
        RevCommit featureHead;
        try (Git git = Git.init().setDirectory(repoDir.toFile()).setInitialBranch("main").call()) {
            commit(git, "src/main/java/shop/A.java", MAIN_SOURCE, "main");
            git.branchCreate().setName("feature").call();
            git.checkout().setName("feature").call();
            featureHead = commit(git, "src/main/java/shop/B.java", FEATURE_SOURCE, "feature");
            git.checkout().setName("main").call();
            url = repoDir.toUri().toString();
        }
        assertThat(url).startsWith("file:");

        Report feature = scanner().scan(url, "feature", ScanListener.NONE);
        assertThat(feature.candidates()).extracting(c -> c.trigger().detail("route")).containsExactlyInAnyOrder("/main", "/feature");
        assertThat(feature.source().gitUrl()).isEqualTo(url);
        assertThat(feature.source().branch()).isEqualTo("feature");
        assertThat(feature.source().commit()).isEqualTo(featureHead.name());

        Report main = scanner().scan(url, null, ScanListener.NONE);
        assertThat(main.source().branch()).isEqualTo("main");
        assertThat(main.candidates()).extracting(c -> c.trigger().detail("route")).containsExactly("/main");

        RevCommit newer;
        try (Git git = Git.open(repoDir.toFile())) {
            git.checkout().setName("feature").call();
            newer = commit(git, "src/main/java/shop/C.java", MAIN_SOURCE.replace("class A", "class C").replace("/main", "/more"), "more");
        }
        Report again = scanner().scan(url, "feature", ScanListener.NONE);
        assertThat(again.source().commit()).isEqualTo(newer.name());
        assertThat(again.source().root()).isEqualTo(feature.source().root());
        assertThat(again.candidates()).extracting(c -> c.trigger().detail("route")).contains("/more");
    }

    @Test
    void aMissingBranchIsOneClearSentenceNamingTheBranches() throws Exception {
        try (Git git = Git.init().setDirectory(repoDir.toFile()).setInitialBranch("main").call()) {
            commit(git, "src/main/java/shop/A.java", MAIN_SOURCE, "main");
        }
        assertThatThrownBy(() -> scanner().scan(repoDir.toUri().toString(), "nope", ScanListener.NONE))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("branch 'nope' does not exist in " + repoDir.toUri() + " (branches: main)");
    }

    @Test
    void aUrlWithoutRepositoryAndAnUnknownHostAreWorkspaceErrors() {
        assertThatThrownBy(() -> scanner().scan(repoDir.resolve("none").toUri().toString(), null, ScanListener.NONE))
                .isInstanceOf(WorkspaceException.class).hasMessageStartingWith("no git repository at");
        assertThatThrownBy(() -> scanner().scan("https://no-such-host.invalid/acme/shop.git", null, ScanListener.NONE))
                .isInstanceOf(WorkspaceException.class).hasMessageStartingWith("cannot reach the host of");
    }
}
