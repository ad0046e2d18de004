package io.xraydesk.core.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.NewRequest;
import io.xraydesk.core.audit.AuditRecorder;
import io.xraydesk.core.documents.DocumentDateRule;
import io.xraydesk.core.documents.FileInspector;
import io.xraydesk.core.requests.KnownRequests;
import io.xraydesk.core.requests.RequestCreator;
import io.xraydesk.core.upload.UploadFixture;
import io.xraydesk.core.upload.UploadQueue;
import io.xraydesk.store.Analyst;
import io.xraydesk.store.AuditAction;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.ImportBatch;
import io.xraydesk.store.ImportCompany;
import io.xraydesk.store.ImportCompanyState;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.testing.MessagesLocale;
import io.xraydesk.testing.PortfolioFiles;
import io.xraydesk.testing.PortfolioOutcome;
import io.xraydesk.testing.TemporaryFolders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The run's journal against the sandbox: a creation found half-done is reconciled, never sent again blindly;
 * a cancelled run leaves the rest for the next one.
 */
class PortfolioImportTest {

    private static final int COMPANIES = 6;

    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    private final Path folder = TemporaryFolders.create("xraydesk-import");
    private final Path documents = folder.resolve("documents");
    private final UploadFixture sandbox = new UploadFixture();
    private final LocalDatabase database = UploadFixture.database(folder);
    private final UploadQueue queue = new UploadQueue(database.uploadJournal(), sandbox.client, sandbox.uploader, 2);
    private final PortfolioImport run = new PortfolioImport(database.importJournal(),
            creator(), database.requestCache(), queue, database.uploadJournal(), Clock.systemUTC());

    /** Creates requests in the name of an analyst, each creation in the request's audit trail. */
    private RequestCreator creator() {
        return new RequestCreator(sandbox.client, database.requestCache(),
                new AuditRecorder(database.audit(), new Analyst("6413297aad6e59418e7748f9", "Alice Martin"),
                        Clock.systemUTC()), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        queue.close();
        database.close();
        sandbox.close();
        TemporaryFolders.deleteTree(folder);
    }

    @Test
    void aCreationCutOffWithNoTraceIsLeftUnknownUntilTheAnalystAsksForIt() throws Exception {
        PortfolioPreview preview = preview();
        ImportBatch batch = run.batchFor(preview);
        database.importJournal().markCreating(batch.id(), 2);

        List<ImportCompany> end = run.run(batch, preview, false, (company, progress) -> { });

        ImportCompany unknown = end.get(0);
        assertEquals(ImportCompanyState.OUTCOME_UNKNOWN, unknown.state());
        assertTrue(unknown.reason().contains("may exist on the server"), unknown.reason());
        assertEquals(COMPANIES - 1, sandbox.counter("createRequest"), "the unknown creation is not sent again");
        assertFalse(database.importJournal().batch(batch.id()).orElseThrow().isFinished());

        List<ImportCompany> all = run.run(batch, preview, true, (company, progress) -> { });

        assertTrue(database.importJournal().batch(batch.id()).orElseThrow().isFinished());
        PortfolioOutcome.assertEveryCompanyOnceWithEachDocumentOnlineOnce(sandbox, documents, COMPANIES);
        for (ImportCompany company : all) {
            assertEquals(1, database.audit().forRequest(company.requestId()).stream()
                    .filter(entry -> entry.action() == AuditAction.REQUEST_CREATED).count(),
                    "the creation of row " + company.line() + " is in its request's audit trail once");
        }
    }

    @Test
    void aCreationRecordedLocallyBeforeTheCutIsAdoptedWithoutASecondPost() throws Exception {
        PortfolioPreview preview = preview();
        ImportBatch batch = run.batchFor(preview);
        database.importJournal().markCreating(batch.id(), 2);
        String created = sandbox.client.createRequest(new NewRequest(
                preview.rows().get(0).code(), null, null, null)).id();
        database.requestCache().upsert(new CachedRequest(created, "siren", PortfolioFiles.siren(0), null, null, null,
                null, null, "{}", Instant.now(), RequestOrigin.CREATED_HERE, null));

        List<ImportCompany> end = run.run(batch, preview, false, (company, progress) -> { });

        assertEquals(ImportCompanyState.CREATED, end.get(0).state());
        assertEquals(created, end.get(0).requestId());
        assertEquals(COMPANIES, sandbox.counter("createRequest"));
        PortfolioOutcome.assertEveryCompanyOnceWithEachDocumentOnlineOnce(sandbox, documents, COMPANIES);
    }

    @Test
    void aCancelledRunStopsAfterTheCurrentCompanyAndTheNextRunFinishesTheBatch() throws Exception {
        PortfolioPreview preview = preview();
        ImportBatch batch = run.batchFor(preview);

        List<ImportCompany> stopped = run.run(batch, preview, false, (company, progress) -> {
            if (progress.companiesDone() == 2) {
                run.cancel();
            }
        });

        assertEquals(2, stopped.stream().filter(ImportCompany::isFinished).count());
        assertEquals(ImportCompanyState.PENDING, stopped.get(2).state());
        PortfolioImport next = new PortfolioImport(database.importJournal(),
                creator(), database.requestCache(), queue, database.uploadJournal(), Clock.systemUTC());
        assertEquals(batch.id(), next.batchFor(preview).id(), "the same list continues the same batch");
        next.run(batch, preview, false, (company, progress) -> { });
        PortfolioOutcome.assertEveryCompanyOnceWithEachDocumentOnlineOnce(sandbox, documents, COMPANIES);
    }

    private PortfolioPreview preview() throws Exception {
        Path list = PortfolioFiles.csv(folder.resolve("list.csv"),
                PortfolioFiles.companies(COMPANIES, documents, 1_000), StandardCharsets.UTF_8);
        return new PortfolioPreviewer(new KnownRequests(database.requestCache()),
                new FileInspector(FileInspector.DEFAULT_MAX_BYTES), new DocumentDateRule(Clock.systemDefaultZone()))
                .preview(CompanyListReader.read(list), documents, false);
    }
}
