package io.xraydesk.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Report-level fields the documentation does not list survive reading and writing. */
class ReportOtherFieldsTest {

    private static final String SENT = "{\"id\":\"65b2a1f0c3d4e5f601234561\",\"request\":\"635107e452436f15d3b39d87\","
            + "\"source\":\"esg\",\"createdAt\":\"2024-01-25T10:17:00Z\",\"score\":\"B\",\"data\":{\"overall\":61},"
            + "\"status\":\"final\",\"version\":3,\"links\":{\"pdf\":\"https://example.org/r.pdf\"}}";

    @Test
    void unknownReportFieldsAreKeptAndWrittenBack() throws Exception {
        Report report = WireJson.mapper().readValue(SENT, Report.class);

        assertEquals(Set.of("status", "version", "links"), report.otherFields().keySet());
        assertEquals("https://example.org/r.pdf", report.otherFields().get("links").path("pdf").asText());
        JsonNode written = WireJson.mapper().valueToTree(report);
        assertEquals(WireJson.mapper().readTree(SENT), written);
    }
}
