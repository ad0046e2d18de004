package io.xraydesk.core.export;

import static io.xraydesk.testing.GoldenServer.golden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.core.requests.RequestReader;
import io.xraydesk.core.watch.RequestRecords;
import io.xraydesk.core.watch.StageTrail;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.testing.GoldenServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON export of a report is the server's JSON for it, unchanged but for the indentation: key
 * order, nulls, unknown fields, a date without a zone and a decimal's trailing zero all as sent,
 * whichever way the report reached the export (the list, the single read, the local cache the window
 * reads).
 */
class JsonExportAsSentTest {

    private static final String REQUEST_ID = "635107e452436f15d3b39d87";
    private static final String REPORT_ID = "65b2a1f0c3d4e5f601234590";
    private static final String AS_SENT = golden("report-as-sent.json");

    @RegisterExtension
    final GoldenServer server = new GoldenServer();
    @TempDir
    Path folder;

    @Test
    void aReportFromTheListIsExportedAsSent() throws IOException {
        server.answer("GET", "/reports", 200, "{\"reports\":[" + AS_SENT + "]}");

        String exported = exported(ExportSubject.report(null, server.client().listReports(REQUEST_ID, null).get(0)));

        assertSameJsonText(AS_SENT, exported);
        assertTrue(exported.contains("\"createdAt\" : \"2024-01-25 10:15:30\""), exported);
        assertTrue(exported.contains("\"probabilityOfDefault\" : 0.10"), exported);
        assertEquals(List.of("data", "version", "source", "score", "id", "createdAt", "status", "request", "links"),
                fieldNames(WireJson.mapper().readTree(exported)));
    }

    @Test
    void aReportReadAloneIsExportedAsSent() throws IOException {
        server.answer("GET", "/reports/" + REPORT_ID, 200, "{\"report\":" + AS_SENT + "}");

        assertSameJsonText(AS_SENT, exported(ExportSubject.report(null, server.client().getReport(REPORT_ID))));
    }

    @Test
    void aReportKeptInTheLocalCacheIsExportedAsSent() throws IOException {
        server.answer("GET", "/reports", 200, "{\"reports\":[" + AS_SENT + "]}")
                .answer("GET", "/requests/" + REQUEST_ID, 200, golden("request-documented.json"));
        OctoberClient client = server.client();
        Report fetched = client.listReports(REQUEST_ID, null).get(0);

        try (LocalDatabase database = LocalDatabase.open(folder.resolve("xraydesk.db"))) {
            database.requestCache().upsert(RequestRecords.toCached(client.getRequest(REQUEST_ID),
                    RequestOrigin.CREATED_HERE, StageTrail.EMPTY, Instant.parse("2026-03-02T09:30:00Z")));
            database.reportCache().upsert(RequestRecords.toCached(fetched, Instant.parse("2026-03-02T09:30:00Z")));
            Report shown = new RequestReader(database, client).details(REQUEST_ID).reports().get(0);

            assertSameJsonText(AS_SENT, exported(ExportSubject.report(null, shown)));
        }
    }

    @Test
    void aWholeRequestCarriesEachReportAsSentAndItsDerivedStatesUnderOneKey() throws IOException {
        server.answer("GET", "/reports", 200, "{\"reports\":[" + AS_SENT + "]}");
        List<Report> reports = server.client().listReports(REQUEST_ID, null);

        JsonNode root = WireJson.mapper().readTree(exported(ExportSubject.request(null, reports)));

        assertEquals(List.of("request", "reports", "xrays"), fieldNames(root));
        assertSameJsonText(AS_SENT, WireJson.mapper().writeValueAsString(root.path("reports").get(0)));
    }

    private String exported(ExportSubject subject) throws IOException {
        Path file = folder.resolve("report.json");
        new ReportExporter(new Figures(Locale.ENGLISH), false).export(subject, ExportFormat.JSON, file,
                ExportProgress.NONE);
        return Files.readString(file);
    }

    /** The same characters once the whitespace is taken out: layout aside, the text the server sent. */
    private static void assertSameJsonText(String expected, String actual) {
        assertEquals(expected.replaceAll("\\s+", ""), actual.replaceAll("\\s+", ""), actual);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
