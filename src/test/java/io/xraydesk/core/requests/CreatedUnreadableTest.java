package io.xraydesk.core.requests;

import static io.xraydesk.testing.GoldenServer.golden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.xraydesk.api.AnswerLimits;
import io.xraydesk.api.CreatedUnreadableException;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.core.audit.AuditRecorder;
import io.xraydesk.core.notes.CreatorInput;
import io.xraydesk.store.Analyst;
import io.xraydesk.store.AuditAction;
import io.xraydesk.store.AuditEntry;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.testing.GoldenServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A create the server accepted with an answer cut short: maybe created, recorded, offered by the duplicate guard. */
class CreatedUnreadableTest {

    private static final String REQUEST_ID = "635107e452436f15d3b39d87";

    @RegisterExtension
    final GoldenServer server = new GoldenServer();
    @TempDir
    Path home;

    @Test
    void isAnUnknownOutcomeRecordedLocallySoTheDuplicateGuardOffersIt() {
        server.answer("POST", "/requests", 200, golden("request-created-truncated.json"));
        createdOnceAndRecorded(server.client());
    }

    @Test
    void anAnswerTooLongToBeReadIsAnUnknownOutcomeRecordedTheSameWay() {
        server.answer("POST", "/requests", 200, golden("request-documented.json"));
        // The documented answer is 166 bytes: more than these limits allow, its id within the first 100.
        createdOnceAndRecorded(server.client(new AnswerLimits(100, 100, 100)));
    }

    private void createdOnceAndRecorded(OctoberClient client) {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:30:00Z"), ZoneOffset.UTC);
        RequestDraft draft = new RequestDraft(CompanyCode.siren("514673987"), "Atelier Dupont", CreatorInput.ME, null);

        try (LocalDatabase database = LocalDatabase.open(home.resolve("xraydesk.db"))) {
            Analyst analyst = new Analyst("6413297aad6e59418e7748f9", null);
            AuditRecorder audit = new AuditRecorder(database.audit(), analyst, clock);
            CreationResult result = new RequestCreator(client, database.requestCache(), audit, clock).create(draft);

            CreationResult.OutcomeUnknown unknown = assertInstanceOf(CreationResult.OutcomeUnknown.class, result);
            assertInstanceOf(CreatedUnreadableException.class, unknown.cause());
            CachedRequest recorded = database.requestCache().find(REQUEST_ID).orElseThrow();
            assertEquals("Atelier Dupont", recorded.businessName());
            assertEquals(null, recorded.status(), "nothing is known of its status until it is read again");
            assertEquals(List.of(REQUEST_ID), new KnownRequests(database.requestCache())
                    .forCode(CompanyCode.siren("514673987")).stream().map(KnownRequests.KnownRequest::id).toList());
            assertEquals(1, server.received().size(), "never sent twice");
            assertEquals(List.of(new AuditEntry(REQUEST_ID, AuditAction.REQUEST_CREATED, REQUEST_ID, analyst,
                    clock.instant(), Map.of("codeType", "siren", "code", "514673987",
                    "businessName", "Atelier Dupont"))), database.audit().forRequest(REQUEST_ID));
        }
    }
}
