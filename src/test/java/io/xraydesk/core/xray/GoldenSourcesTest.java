package io.xraydesk.core.xray;

import static io.xraydesk.testing.GoldenServer.golden;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import io.xraydesk.testing.GoldenServer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The five X-Rays named as a real server might spell them ({@code ESG}, {@code bank_xray},
 * {@code Financial X-Ray}, {@code document}, {@code Manager}), fed over HTTP: each counts as its X-Ray
 * in the states the dashboard, the cover page and the exports show, and the Doc report marks the
 * document it read as analysed.
 */
class GoldenSourcesTest {

    private static final String REQUEST_ID = "635107e452436f15d3b39d87";

    @RegisterExtension
    final GoldenServer server = new GoldenServer();

    @Test
    void everySpellingCountsAsItsXRayAndTheDocReportMarksItsDocument() {
        server.answer("GET", "/requests/" + REQUEST_ID, 200, golden("request-documented.json"))
                .answer("GET", "/reports", 200, golden("reports-sources-variants.json"));
        OctoberClient client = server.client();
        SentDocument statement = new SentDocument("statement.pdf", "bank_statement", "month", "2024-01-31",
                SentDocument.Delivery.SENT, Instant.parse("2024-01-25T10:16:00Z"), "pending_extraction");
        RequestFacts facts = new RequestFacts(client.getRequest(REQUEST_ID), client.listReports(REQUEST_ID, null),
                List.of(statement));

        RequestSummary summary = RequestSummaries.of(REQUEST_ID, facts, null, LocalDate.of(2024, 1, 26));

        Map<Source, String> latest = new TreeMap<>();
        summary.xrays().forEach((source, outcome) -> latest.put(source, outcome.latest() == null ? null
                : outcome.latest().id() + " " + outcome.status().word()));
        assertEquals(Map.of(
                Source.ESG, "65b2a1f0c3d4e5f601234571 ready",
                Source.BANK, "65b2a1f0c3d4e5f601234572 ready",
                Source.FINANCIAL, "65b2a1f0c3d4e5f601234573 ready",
                Source.DOC, "65b2a1f0c3d4e5f601234574 ready",
                Source.MANAGER, "65b2a1f0c3d4e5f601234575 ready"), latest);
        assertEquals(List.of(DocumentState.ANALYSED),
                summary.documents().stream().map(RequestSummary.DocumentLine::state).toList());
        assertEquals(List.of("ESG", "bank_xray", "Financial X-Ray", "document", "Manager"),
                facts.reports().stream().map(Report::source).toList(), "the spelling received is kept");
    }
}
