package io.wasmfit.app.gui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wasmfit.analyzer.ScanListener;
import io.wasmfit.analyzer.ScanOptions;
import io.wasmfit.analyzer.workspace.WorkspaceException;
import io.wasmfit.app.gui.Fixtures;
import io.wasmfit.app.gui.task.CurrentThreadTaskExecutor;
import io.wasmfit.model.Candidate;
import io.wasmfit.rules.RuleSet;

class ScanViewModelTest {

    @TempDir
    Path home;

    private final List<String> outcomes = new ArrayList<>();
    private final AtomicReference<ScanViewModel.Result> result = new AtomicReference<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private ScanViewModel viewModel() {
        return new ScanViewModel(new CurrentThreadTaskExecutor(), ScanOptions.defaults(home, "test"));
    }

    private ScanViewModel.Outcome recording() {
        return new ScanViewModel.Outcome() {
            @Override
            public void succeeded(ScanViewModel.Result r) {
                outcomes.add("succeeded");
                result.set(r);
            }

            @Override
            public void failed(Throwable t) {
                outcomes.add("failed");
                failure.set(t);
            }

            @Override
            public void cancelled() {
                outcomes.add("cancelled");
            }
        };
    }

    @Test
    void scanningTheExampleGivesTheEnginesReportAndWalksThroughEveryPhase() {
        ScanViewModel vm = viewModel();
        List<ScanListener.Phase> phases = new ArrayList<>();
        vm.phaseProperty().addListener((obs, old, now) -> {
            if (now != null && !phases.contains(now)) {
                phases.add(now);
            }
        });
        List<String> counts = new ArrayList<>();
        vm.countTextProperty().addListener((obs, old, now) -> counts.add(now));

        vm.scan(new ScanViewModel.Request(Fixtures.shop().toString(), null, RuleSet.builtIn(), 2), recording());

        assertThat(outcomes).containsExactly("succeeded");
        assertThat(result.get().report().candidates()).extracting(Candidate::id)
                .containsExactlyElementsOf(Fixtures.shopReport(RuleSet.builtIn()).candidates().stream().map(Candidate::id).toList());
        assertThat(phases).containsSubsequence(ScanListener.Phase.LISTING, ScanListener.Phase.PARSING,
                ScanListener.Phase.INDEXING, ScanListener.Phase.SCORING);
        int files = result.get().report().summary().files();
        assertThat(counts).contains(files + " / " + files + " files");
        assertThat(vm.stateProperty().get()).isEqualTo(ScanViewModel.State.IDLE);
        assertThat(vm.elapsedTextProperty().get()).endsWith(" s");
    }

    @Test
    void cancellingDuringParsingStopsTheScanBeforeItParsedEveryFile() {
        ScanViewModel vm = viewModel();
        List<String> countsAfterCancel = new ArrayList<>();
        vm.countTextProperty().addListener((obs, old, now) -> {
            if (vm.phaseProperty().get() == ScanListener.Phase.PARSING && now.startsWith("5 / ")) {
                vm.cancel();
                assertThat(vm.stateProperty().get()).isEqualTo(ScanViewModel.State.CANCELLING);
            } else if (vm.stateProperty().get() == ScanViewModel.State.CANCELLING) {
                countsAfterCancel.add(now);
            }
        });

        vm.scan(new ScanViewModel.Request(Fixtures.shop().toString(), null, RuleSet.builtIn(), 1), recording());

        assertThat(outcomes).containsExactly("cancelled");
        assertThat(result.get()).isNull();
        assertThat(countsAfterCancel).as("no progress is shown once the user cancelled").isEmpty();
        assertThat(vm.stateProperty().get()).isEqualTo(ScanViewModel.State.IDLE);
    }

    @Test
    void aFolderThatDoesNotExistFailsWithTheEnginesOneSentence() {
        ScanViewModel vm = viewModel();
        Path missing = home.resolve("no-such-repo");

        vm.scan(new ScanViewModel.Request(missing.toString(), null, RuleSet.builtIn(), 1), recording());

        assertThat(outcomes).containsExactly("failed");
        assertThat(failure.get()).isInstanceOf(WorkspaceException.class).hasMessageContaining("no such folder");
        assertThat(vm.stateProperty().get()).isEqualTo(ScanViewModel.State.IDLE);
    }

    @Test
    void aGitUrlIsClonedAtTheBranchAskedForAndScanned() throws Exception {
        Path repo = home.resolve("pricing-repo");
        copy(Fixtures.shop().resolve("shop-pricing"), repo);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("pricing").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com").call();
            git.branchCreate().setName("release").call();
        }
        ScanViewModel vm = viewModel();
        List<ScanListener.Phase> phases = new ArrayList<>();
        vm.phaseProperty().addListener((obs, old, now) -> phases.add(now));

        vm.scan(new ScanViewModel.Request("file://" + repo.toAbsolutePath(), "release", RuleSet.builtIn(), 2), recording());

        assertThat(outcomes).containsExactly("succeeded");
        assertThat(phases).first().isEqualTo(ScanListener.Phase.FETCHING);
        var source = result.get().report().source();
        assertThat(source.gitUrl()).isNotNull();
        assertThat(source.branch()).isEqualTo("release");
        assertThat(source.commit()).hasSize(40);
        assertThat(result.get().report().candidates()).extracting(Candidate::name).contains("PriceController.quote");
    }

    @Test
    void aSecondScanIsRefusedWhileOneRuns() {
        ScanViewModel vm = viewModel();
        List<Boolean> secondStarted = new ArrayList<>();
        vm.phaseProperty().addListener((obs, old, now) -> {
            if (now == ScanListener.Phase.PARSING && secondStarted.isEmpty()) {
                secondStarted.add(vm.scan(new ScanViewModel.Request("elsewhere", null, RuleSet.builtIn(), 1), recording()));
            }
        });

        vm.scan(new ScanViewModel.Request(Fixtures.shop().toString(), null, RuleSet.builtIn(), 1), recording());

        assertThat(secondStarted).containsExactly(false);
        assertThat(outcomes).containsExactly("succeeded");
    }

    private static void copy(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
