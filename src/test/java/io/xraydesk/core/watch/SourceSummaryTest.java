package io.xraydesk.core.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourceSummaryTest {

    private static Report report(String id, String source, String score, String at) {
        return new Report(id, "635107e452436f15d3b39d87", source, OffsetDateTime.parse(at), score, null);
    }

    @Test
    void keepsTheNewestReportPerSourceAndCountsThem() {
        SourceSummary summary = SourceSummary.of(List.of(
                report("b2", "bank", "B", "2026-01-02T10:00:00Z"),
                report("b1", "bank", "E", "2026-01-01T10:00:00Z"),
                report("x1", "cashflow", null, "2026-01-01T10:00:00Z")), Set.of("bank", "doc"));

        assertEquals(new SourceSummary.Latest("b2", "B", OffsetDateTime.parse("2026-01-02T10:00:00Z"), 2),
                summary.latestOf("bank").orElseThrow());
        assertTrue(summary.latestOf("cashflow").isPresent(), "an unknown source is kept");
        assertEquals(Set.of("doc"), summary.expected(), "a source that reported is no longer expected");
    }

    @Test
    void statesArePendingForLaunchedXRaysAndNotApplicableOtherwise() {
        SourceSummary summary = SourceSummary.of(List.of(report("e1", "esg", null, "2026-01-01T10:00:00Z")),
                Set.of()).expecting(Set.of("bank"));

        assertEquals(XRayState.ready(null), summary.stateOf(Source.ESG));
        assertEquals(XRayState.PENDING, summary.stateOf(Source.MANAGER), "runs on every request from creation");
        assertEquals(XRayState.PENDING, summary.stateOf(Source.BANK), "launched by an upload");
        assertEquals(XRayState.NOT_APPLICABLE, summary.stateOf(Source.FINANCIAL));
        assertFalse(summary.isComplete());
    }

    @Test
    void stagesAreAppendedOnlyWhenTheyChangeAndSurviveTheJsonRoundTrip() {
        SourceSummary summary = SourceSummary.EMPTY.withStage("1.1").withStage("1.1").withStage("2.1")
                .withReports(List.of(report("d1", "doc", "A", "2026-01-01T10:00:00Z")));
        assertEquals(List.of("1.1", "2.1"), summary.stages());
        assertEquals(summary, SourceSummary.fromJson(summary.toJson()));
        assertEquals(SourceSummary.EMPTY, SourceSummary.fromJson("{not json"));
    }
}
