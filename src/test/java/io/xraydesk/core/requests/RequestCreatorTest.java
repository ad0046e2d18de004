package io.xraydesk.core.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.ValidationException;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.RequestNotes;
import io.xraydesk.core.notes.CreatorInput;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.core.audit.AuditRecorder;
import io.xraydesk.core.session.Session;
import io.xraydesk.store.AuditAction;
import io.xraydesk.store.AuditEntry;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.testing.LiveSandbox;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class RequestCreatorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:30:00Z"), ZoneOffset.UTC);
    private static final RequestNotes NOTES = new RequestNotes(true, 42, new BigDecimal("-1500.50"),
            new BigDecimal("1234567.89"), null, null);

    @TempDir
    Path home;
    @RegisterExtension
    final LiveSandbox live = new LiveSandbox(SandboxConfig.defaults());
    private final SandboxServer sandbox = live.server();
    private LocalDatabase database;

    @BeforeEach
    void openDatabase() {
        database = LocalDatabase.open(home.resolve("xraydesk.db"));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private OctoberClient client(URI apiBase) {
        return SandboxSessions.open(sandbox, apiBase, Optional.empty()).client();
    }

    private RequestCreator creator(URI apiBase) {
        Session session = SandboxSessions.open(sandbox, apiBase, Optional.empty());
        return new RequestCreator(session.client(), database.requestCache(),
                new AuditRecorder(database.audit(), session.analyst(), CLOCK), CLOCK);
    }

    @Test
    void createsTheRequestWithItsNameAndNotesAndRecordsItAsCreatedHere() throws Exception {
        RequestDraft draft = new RequestDraft(CompanyCode.siren("514673987"), "Acme Lyon", CreatorInput.ME, NOTES);

        CreationResult.Created created = assertInstanceOf(CreationResult.Created.class,
                creator(sandbox.apiBaseUri()).create(draft));

        JsonNode onServer = sandboxState().get("requests").get(0);
        assertEquals("siren:514673987", onServer.get("code").asText());
        assertEquals("Acme Lyon", onServer.get("businessName").asText());
        AnalysisRequest fetched = client(sandbox.apiBaseUri()).getRequest(created.request().id());
        assertEquals(NOTES.workforceNumber(), fetched.notes().workforceNumber());
        assertEquals(0, NOTES.equity().compareTo(fetched.notes().equity()));
        assertEquals(sandbox.demoUser().userId(), fetched.creator());

        CachedRequest cached = database.requestCache().find(created.request().id()).orElseThrow();
        assertEquals(RequestOrigin.CREATED_HERE, cached.origin());
        assertEquals("siren", cached.codeType());
        assertEquals("514673987", cached.codeId());
        assertEquals("Acme Lyon", cached.businessName());
        assertEquals(CLOCK.instant(), cached.fetchedAt());
        assertEquals(Optional.empty(), created.notesProblem());
        AuditEntry audited = database.audit().forRequest(created.request().id()).get(0);
        assertEquals(AuditAction.REQUEST_CREATED, audited.action());
        assertEquals(sandbox.demoUser().userId(), audited.actor().userId());
        assertEquals(CLOCK.instant(), audited.at());
        assertEquals("Acme Lyon", audited.details().get("businessName"));
    }

    @Test
    void theNamePreviewMatchesTheNameTheSandboxGivesAnUnnamedRequest() {
        CompanyCode kvk = CompanyCode.kvk("01234567");

        AnalysisRequest created = ((CreationResult.Created) creator(sandbox.apiBaseUri())
                .create(new RequestDraft(kvk, null, CreatorInput.ME, null))).request();

        assertEquals(DefaultRequestName.of(kvk), created.businessName());
        assertEquals("01234567", created.code().id(), "leading zero kept");
    }

    @Test
    void aCreatorGivenByEmailIsSentInTheCreatorField() {
        CreatorInput colleague = CreatorInput.parse("Marie.Durand@Example.FR").value();

        AnalysisRequest created = ((CreationResult.Created) creator(sandbox.apiBaseUri())
                .create(new RequestDraft(CompanyCode.siren("732829320"), null, colleague, null))).request();

        assertEquals("Marie.Durand@example.fr", client(sandbox.apiBaseUri()).getRequest(created.id()).creator());
    }

    @Test
    void aRefusedCodeIsThrownWithItsFieldAndNothingIsRecorded() throws Exception {
        RequestDraft invalid = new RequestDraft(CompanyCode.siren("123456789"), null, CreatorInput.ME, null);

        ValidationException refused = assertThrows(ValidationException.class,
                () -> creator(sandbox.apiBaseUri()).create(invalid));

        assertEquals(Optional.of("code.id"), refused.field());
        assertEquals(List.of(), database.requestCache().all());
    }

    @Test
    void aConnectionLostAfterSendingIsAnUnknownOutcomeAndIsNotRepeated() throws Exception {
        live.control().armApiFault("{\"kind\":\"reset\",\"method\":\"POST\",\"path\":\"/requests\"}");
        RequestDraft draft = new RequestDraft(CompanyCode.siren("514673987"), null, CreatorInput.ME, null);

        CreationResult result = creator(sandbox.apiBaseUri()).create(draft);

        assertInstanceOf(CreationResult.OutcomeUnknown.class, result);
        assertEquals(1, sandboxState().get("counters").path("faultsInjected").asInt());
        assertEquals(0, sandboxState().get("counters").path("createRequest").asInt(), "sent exactly once");
        assertEquals(List.of(), database.requestCache().all());
    }

    @Test
    void notesRefusedAtCreationAreAttachedRightAfterThroughTheUpdateCall() throws Exception {
        String refusal = "{\"message\":\"notes cannot be given at creation\",\"field\":\"notes\"}";
        try (RefusingProxy server = new RefusingProxy(sandbox.apiBaseUri(),
                RefusingProxy.RefusalRule.of("POST /requests", body -> body.contains("\"notes\"")), refusal)) {
            RequestDraft draft = new RequestDraft(CompanyCode.siren("514673987"), "Acme", CreatorInput.ME, NOTES);

            CreationResult.Created created = assertInstanceOf(CreationResult.Created.class,
                    creator(server.uri()).create(draft));

            String id = created.request().id();
            assertEquals(List.of("POST /requests", "POST /requests", "POST /requests/" + id), server.calls());
            assertEquals(Optional.empty(), created.notesProblem());
            assertEquals(42, client(sandbox.apiBaseUri()).getRequest(id).notes().workforceNumber());
            assertEquals(1, sandboxState().get("requests").size());
        }
    }

    @Test
    void aRefusedNotesValueIsNotRetriedWithoutTheNotes() throws Exception {
        RequestNotes noStaff = new RequestNotes(null, 0, null, null, null, null);
        RequestDraft draft = new RequestDraft(CompanyCode.siren("514673987"), null, CreatorInput.ME, noStaff);

        ValidationException refused = assertThrows(ValidationException.class,
                () -> creator(sandbox.apiBaseUri()).create(draft));

        assertEquals(Optional.of("notes.workforceNumber"), refused.field());
        assertEquals(0, sandboxState().get("requests").size());
    }

    private JsonNode sandboxState() {
        return live.control().state();
    }
}
