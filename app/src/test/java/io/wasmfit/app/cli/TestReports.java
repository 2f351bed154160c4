package io.wasmfit.app.cli;

import io.wasmfit.model.Blocker;
import io.wasmfit.model.Candidate;
import io.wasmfit.model.CandidateKind;
import io.wasmfit.model.Closure;
import io.wasmfit.model.Location;
import io.wasmfit.model.Report;
import io.wasmfit.model.Scores;
import io.wasmfit.model.Source;
import io.wasmfit.model.Summary;
import io.wasmfit.model.Tool;
import io.wasmfit.model.Trigger;
import io.wasmfit.model.Verdict;

import java.util.List;
import java.util.Map;

/** Small reports for CLI tests: candidates given as name and overall score. */
final class TestReports {

    private TestReports() {
    }

    static Candidate candidate(String name, int overall, boolean blocked) {
        String file = "src/main/java/com/acme/" + name.substring(0, name.indexOf('.')) + ".java";
        return new Candidate("com.acme." + name.replace('.', '#') + "()", name, CandidateKind.HTTP,
                new Trigger("http", Map.of("method", "GET", "route", "/" + name.toLowerCase())),
                new Location(file, 10), new Scores(overall, overall, overall, overall), Verdict.of(overall),
                blocked ? List.of(new Blocker("thread-sleep", "sleeps 30 s", file, 12)) : List.of(),
                List.of(), List.of(), new Closure(1, 1, 5, List.of(), List.of(), List.of(), 0, false), List.of());
    }

    static Report report(Candidate... candidates) {
        return new Report(Report.SCHEMA_VERSION, new Tool("wasmfit", "test"), Source.folder("/tmp/shop"),
                new Summary(3, 3, 0, candidates.length, 10), List.of(candidates), List.of());
    }
}
