package io.xraydesk.ui.requestpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.xraydesk.api.AuthenticationException;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Source;
import io.xraydesk.core.xray.DocumentState;
import io.xraydesk.core.xray.RequestSummary;
import io.xraydesk.core.xray.XRayStatus;
import io.xraydesk.core.requests.RequestReader;
import io.xraydesk.core.watch.RequestRecords;
import io.xraydesk.core.watch.SandboxFixture;
import io.xraydesk.core.watch.StageTrail;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.store.UploadItem;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.DirectUiExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The request page's view-model without a window: results are delivered in place by the synchronous
 * executor, over the sandbox through the read model.
 */
class RequestPageModelTest {

    @TempDir
    Path folder;

    private SandboxFixture fixture;
    private BackgroundTasks tasks;
    private AnalysisRequest request;
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<Throwable> filtered = new CopyOnWriteArrayList<>();
    private RequestPageModel model;

    @BeforeEach
    void knownRequest() {
        fixture = new SandboxFixture(folder, WatchPolicy.defaults());
        request = fixture.createRequest("514673987", "ACME SAS", null);
        fixture.database.requestCache().upsert(RequestRecords.toCached(request, RequestOrigin.CREATED_HERE,
                StageTrail.EMPTY.withStage(request.stage()), fixture.clock.instant()));
        String mediumId = fixture.upload(request.id(), "bank_statement", "releve.pdf");
        UploadItem item = UploadItem.queued(request.id(), "/tmp/releve.pdf", "releve.pdf", 4000, "ab".repeat(32),
                "application/pdf", "bank_statement", "month", "2025-12-31", fixture.clock.instant());
        fixture.database.uploadJournal().enqueue(item);
        fixture.database.uploadJournal().markMediumCreated(item.id(), mediumId, "{}");
        fixture.database.uploadJournal().markUploaded(item.id(), item.sha256());
        fixture.database.uploadJournal().markOnline(item.id());
        tasks = new BackgroundTasks(new DirectUiExecutor());
        tasks.setFailureFilter(failure -> failure instanceof AuthenticationException && filtered.add(failure));
        model = new RequestPageModel(request.id(), tasks, new RequestReader(fixture.database, fixture.client),
                fixture.watcher, (message, failure) -> errors.add(message));
    }

    @AfterEach
    void close() {
        model.deactivate();
        tasks.close();
        fixture.close();
    }

    @Test
    void activatingReadsTheDetailsAndTheSummaryWithTheDocumentsStatusOnTheApi() throws Exception {
        model.activate();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.summaryProperty().get() != null
                && model.detailsProperty().get().overview().isPresent());

        assertEquals("ACME SAS", model.detailsProperty().get().overview().orElseThrow().cached().businessName());
        assertEquals(List.of(request.stage()), model.detailsProperty().get().stages());
        RequestSummary summary = model.summaryProperty().get();
        assertEquals(List.of("releve.pdf " + DocumentState.BEING_READ), summary.documents().stream()
                        .map(document -> document.name() + " " + document.state()).toList(),
                "pending extraction, as read from the API: without it the file reads received");
        assertEquals(XRayStatus.PENDING, summary.xrays().get(Source.BANK).status(), "the journal says it was sent");
        assertFalse(model.summaryFailedProperty().get());
        assertEquals(List.of(), errors);
    }

    @Test
    void aRefusedTokenGoesToTheExecutorsFilterNotToThePage() throws Exception {
        fixture.revokeDemoUser();
        model.activate();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !filtered.isEmpty());

        assertInstanceOf(AuthenticationException.class, filtered.get(0));
        assertFalse(model.summaryFailedProperty().get(), "the page says nothing of its own");
        assertEquals(List.of(), errors);
    }
}
