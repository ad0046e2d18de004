package io.xraydesk.api.golden;

import static io.xraydesk.testing.GoldenServer.golden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.AnswerLimits;
import io.xraydesk.api.CreatedUnreadableException;
import io.xraydesk.api.MalformedResponseException;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.ReportList;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.UnreadableItem;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.Medium;
import io.xraydesk.api.model.MediumDraft;
import io.xraydesk.api.model.MediumFinalisation;
import io.xraydesk.api.model.MediumMeta;
import io.xraydesk.api.model.NewMedium;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import io.xraydesk.testing.GoldenServer;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client fed the golden answers over HTTP: what each one becomes in the records the screens show. */
class GoldenAnswersTest {

    private static final String REQUEST_ID = "635107e452436f15d3b39d87";
    private static final String MEDIUM_ID = "6464ba07cbddbd090b267260";

    @RegisterExtension
    final GoldenServer server = new GoldenServer();

    private OctoberClient client() {
        return server.client();
    }

    private AnalysisRequest requestFrom(String file) {
        server.answer("GET", "/requests/" + REQUEST_ID, 200, golden(file));
        return client().getRequest(REQUEST_ID);
    }

    @Test
    void documentedCreateAnswerIsRead() {
        server.answer("POST", "/requests", 200, golden("request-documented.json"));
        AnalysisRequest created = client().createRequest(new NewRequest(CompanyCode.siren("514673987"), null, null, null));

        assertEquals(REQUEST_ID, created.id());
        assertEquals(CompanyCode.siren("514673987"), created.code());
        assertEquals("pending_analysis", created.status());
        assertEquals("1.1", created.stage());
    }

    @Test
    void aGetCarriesTheThreeHeadersAndNoContent() {
        requestFrom("request-documented.json");

        Map<String, List<String>> headers = server.received().get(0).headers();
        assertEquals(List.of(GoldenServer.USER_ID), headers.get("userid"));
        assertEquals(List.of(GoldenServer.TOKEN), headers.get("sessiontoken"));
        assertEquals(List.of("2024-01-25"), headers.get("october-version"));
        assertNull(headers.get("content-type"));
        // Java 17's client adds "Content-Length: 0" to a GET itself (JDK-8283544, see docs/october-api.md,
        // Conventions); from Java 19 on nothing does.
        List<String> length = headers.get("content-length");
        assertTrue(length == null || (Runtime.version().feature() < 19 && length.equals(List.of("0"))),
                "Content-Length " + length + " on Java " + Runtime.version().feature());
    }

    @Test
    void kvkRequestUnwrappedKeepsItsCode() {
        AnalysisRequest request = requestFrom("request-kvk-bare.json");

        assertEquals(CompanyCode.kvk("24288945"), request.code());
        assertEquals("6464ba07cbddbd090b267261", request.id());
    }

    @Test
    void unknownStatusAndFieldsAreKeptAsSent() {
        AnalysisRequest request = requestFrom("request-unknown-fields.json");

        assertEquals("archived_by_partner", request.status());
        assertEquals("4.2", request.stage());
        assertNull(request.businessName());
    }

    @Test
    void dateWithoutZoneIsUtc() {
        assertEquals(OffsetDateTime.parse("2024-01-25T10:15:30Z"), requestFrom("request-date-no-zone.json").createdAt());
    }

    @Test
    void dateAloneIsMidnightUtc() {
        assertEquals(OffsetDateTime.parse("2024-01-25T00:00:00Z"), requestFrom("request-date-only.json").createdAt());
    }

    @Test
    void spaceSeparatorLongFractionAndCompactOffset() {
        OffsetDateTime createdAt = requestFrom("request-date-space.json").createdAt();

        assertEquals(OffsetDateTime.parse("2024-01-25T10:15:30.123456789Z").toInstant(), createdAt.toInstant());
    }

    @Test
    void epochMillisecondsAndSecondsToldApartByMagnitude() {
        AnalysisRequest request = requestFrom("request-epoch-millis.json");

        assertEquals(OffsetDateTime.parse("2024-01-25T10:15:30Z"), request.createdAt());
        assertEquals(OffsetDateTime.parse("2024-01-25T10:16:30Z"), request.updatedAt());
    }

    @Test
    void numbersSentAsStringsAreRead() {
        AnalysisRequest request = requestFrom("request-numbers-as-strings.json");

        assertEquals(Boolean.FALSE, request.notes().holding());
        assertEquals(12, request.notes().workforceNumber());
        assertEquals(new BigDecimal("150000.50"), request.notes().equity());
        assertEquals(new BigDecimal("-12500.75"), request.notes().netIncome());
    }

    @Test
    void anUnreadableDateNamesTheFieldAndTheValue() {
        MalformedResponseException failure = assertThrows(MalformedResponseException.class,
                () -> requestFrom("request-bad-date.json"));

        assertTrue(failure.getMessage().contains("field createdAt, value starts with \"25/01/2024 10h15\""),
                failure.getMessage());
    }

    @Test
    void aCreateAcceptedWithACutAnswerIsCreatedUnreadableWithItsId() {
        server.answer("POST", "/requests", 200, golden("request-created-truncated.json"));

        CreatedUnreadableException failure = assertThrows(CreatedUnreadableException.class,
                () -> client().createRequest(new NewRequest(CompanyCode.siren("514673987"), null, null, null)));

        assertEquals(Optional.of(REQUEST_ID), failure.foundId());
        assertTrue(failure.getMessage().contains("created, answer unreadable"), failure.getMessage());
        assertEquals(1, server.received().size(), "never sent twice");
    }

    @Test
    void aCreateAcceptedWithAnAnswerTooLongIsCreatedUnreadableWithTheIdOfItsOpening() {
        server.answer("POST", "/requests", 200, golden("request-documented.json"));
        OctoberClient readingLittle = server.client(new AnswerLimits(100, 100, 100));

        CreatedUnreadableException failure = assertThrows(CreatedUnreadableException.class,
                () -> readingLittle.createRequest(new NewRequest(CompanyCode.siren("514673987"), null, null, null)));

        assertEquals(Optional.of(REQUEST_ID), failure.foundId());
        assertTrue(failure.getMessage().contains("created, answer unreadable (id " + REQUEST_ID + "): the answer of "
                + "127.0.0.1 is longer than 100 bytes"), failure.getMessage());
        assertEquals(1, server.received().size(), "never sent twice");
    }

    @Test
    void oneUnreadableReportLeavesTheOthersAndIsNamedByIndexAndField() {
        server.answer("GET", "/reports", 200, golden("reports-one-bad-item.json"));

        ReportList reports = client().listReports(REQUEST_ID, null);

        assertEquals(List.of("65b2a1f0c3d4e5f601234561", "65b2a1f0c3d4e5f601234563"),
                reports.stream().map(Report::id).toList());
        UnreadableItem bad = reports.unreadable().get(0);
        assertEquals(1, bad.index());
        assertEquals("65b2a1f0c3d4e5f601234562", bad.id());
        assertEquals("createdAt", bad.field().path());
        assertEquals("item 1 (id 65b2a1f0c3d4e5f601234562): field createdAt, value starts with \"yesterday at noon\"",
                bad.describe());
        assertEquals(3, reports.json().path("reports").size(), "the answer as sent keeps every item");
    }

    @Test
    void sourcesAreRecognisedLenientlyAndKeptAsSent() {
        server.answer("GET", "/reports", 200, golden("reports-sources-variants.json"));

        List<Report> reports = client().listReports(REQUEST_ID, null);

        assertEquals(List.of("ESG", "bank_xray", "Financial X-Ray", "document", "Manager"),
                reports.stream().map(Report::source).toList());
        assertEquals(List.of(Source.ESG, Source.BANK, Source.FINANCIAL, Source.DOC, Source.MANAGER),
                reports.stream().map(r -> Source.recognise(r.source()).orElseThrow()).toList());
    }

    @Test
    void uploadDataBesideTheMediumIsUsed() {
        server.answer("POST", "/media", 200, golden("medium-upload-top-level.json"));

        MediumDraft draft = client().createMedium(new NewMedium("bank_statement", REQUEST_ID,
                new MediumMeta("statement.pdf", null, null), "application/pdf", 1024L));

        assertEquals(MEDIUM_ID, draft.medium().id());
        assertEquals("requests/635107e452436f15d3b39d87/statement.pdf", draft.medium().url());
        assertEquals("https://bucket.s3.amazonaws.com/", draft.upload().url());
        assertTrue(draft.upload().isPresignedPost());
        assertEquals(List.of("key", "Content-Type", "policy", "x-amz-algorithm", "x-amz-credential", "x-amz-date",
                "x-amz-signature"), List.copyOf(draft.upload().fieldsInOrder().keySet()));
    }

    @Test
    void aFinaliseAcknowledgedWithoutMediumIsConfirmedByReadingIt() {
        server.answer("POST", "/media/" + MEDIUM_ID, 200, golden("medium-finalise-ack.json"))
                .answer("GET", "/media/" + MEDIUM_ID, 200, golden("medium-online.json"));

        Medium online = client().finaliseMedium(MEDIUM_ID, MediumFinalisation.online("month", "2024-01-31"));

        assertEquals(Medium.STATUS_ONLINE, online.status());
        assertEquals(List.of("POST", "GET"), server.received().stream().map(GoldenServer.Received::method).toList());
    }

    @Test
    void aFinaliseAnsweredWithNothingIsConfirmedToo() {
        server.answer("POST", "/media/" + MEDIUM_ID, 204, "")
                .answer("GET", "/media/" + MEDIUM_ID, 200, golden("medium-online.json"));

        assertEquals("2024-01-31", client().finaliseMedium(MEDIUM_ID, MediumFinalisation.online("month", "2024-01-31"))
                .meta().date());
    }
}
