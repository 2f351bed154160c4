package io.wasmfit.report;

import io.wasmfit.model.Candidate;
import io.wasmfit.model.Report;
import io.wasmfit.model.Scores;
import io.wasmfit.model.Verdict;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportDiffTest {

    @Test
    void theSameReportHasNoDifferences() {
        assertThat(ReportDiff.between(SampleReports.shop(), SampleReports.shop()).isEmpty()).isTrue();
    }

    @Test
    void candidatesThatAppearedDisappearedOrChangedAreListed() {
        Report older = SampleReports.shop();
        List<Candidate> candidates = new ArrayList<>(older.candidates());
        Candidate removed = candidates.remove(candidates.size() - 1);
        Candidate promoted = candidates.get(5);
        candidates.set(5, withOverall(promoted, 95));
        Candidate nudged = candidates.get(0);
        candidates.set(0, withOverall(nudged, nudged.scores().overall() - 1));
        Candidate added = SampleReports.synthetic(1, 4).candidates().get(0);
        candidates.add(added);
        Report newer = new Report(1, older.tool(), older.source(), older.summary(), candidates, older.problems());

        ReportDiff diff = ReportDiff.between(older, newer);

        assertThat(diff.appeared()).containsExactly(added);
        assertThat(diff.disappeared()).containsExactly(removed);
        assertThat(diff.changed()).extracting(c -> c.after().id()).containsExactly(nudged.id(), promoted.id());
        ReportDiff.Change promotion = diff.changed().get(1);
        assertThat(promotion.verdictBefore()).isEqualTo(promoted.verdict());
        assertThat(promotion.verdictAfter()).isEqualTo(Verdict.STRONG);
        assertThat(promotion.scoreDelta()).isEqualTo(95 - promoted.scores().overall());
        assertThat(diff.changed().get(0).verdictChanged()).isFalse();
        assertThat(diff.changed().get(0).scoreDelta()).isEqualTo(-1);
    }

    private static Candidate withOverall(Candidate c, int overall) {
        Scores s = c.scores();
        return new Candidate(c.id(), c.name(), c.kind(), c.trigger(), c.location(),
                new Scores(s.eventDriven(), s.shortRunning(), s.dependencySupported(), overall), Verdict.of(overall),
                c.blockers(), c.evidence(), c.dependencies(), c.closure(), c.patterns());
    }
}
