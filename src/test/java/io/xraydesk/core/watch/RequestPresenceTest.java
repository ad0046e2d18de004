package io.xraydesk.core.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.NotFoundException;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.core.xray.CachedRequestFacts;
import io.xraydesk.core.xray.RequestSummary;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.testing.MessagesLocale;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request the server forgot (the sandbox forgets every request when it restarts): the watcher marks
 * it "not found on the server", keeps it for reading, stops polling it, and the summary says so.
 */
class RequestPresenceTest {

    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();
    @TempDir
    Path folder;

    private SandboxFixture fixture;
    private final List<String> unavailable = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void aRequestTheServerForgotIsKeptAndMarkedNotFound() {
        fixture = new SandboxFixture(folder, WatchPolicy.defaults());
        fixture.watcher.addListener(new WatchListener() {
            @Override
            public void requestUnavailable(String requestId) {
                unavailable.add(requestId);
            }
        });
        AnalysisRequest forgotten = fixture.forgottenRequest(RequestOrigin.CREATED_HERE);
        RequestSummary before = summary(forgotten.id());
        assertTrue(before.isOnServer());

        fixture.watcher.start();
        fixture.scheduler.runFor(Duration.ofSeconds(30));

        CachedRequest kept = fixture.database.requestCache().find(forgotten.id()).orElseThrow();
        assertTrue(kept.isMissing(), "marked, not deleted");
        assertEquals(List.of(forgotten.id()), unavailable);
        RequestSummary after = summary(forgotten.id());
        assertFalse(after.isOnServer());
        assertTrue(after.presenceNote().orElseThrow().startsWith("Not found on the server since "),
                after.presenceNote().toString());
        assertEquals(List.of("The request no longer exists on the server: create a new request to analyse this "
                + "company again."), after.nextSteps());
        assertEquals("Atelier Dupont", after.company(), "still readable");

        fixture.watcher.stop();
        fixture.http.clear();
        fixture.watcher.start();
        fixture.scheduler.runFor(Duration.ofMinutes(5));
        assertFalse(fixture.watcher.isWatching(forgotten.id()), "a forgotten request is not polled again");
        assertEquals(0, fixture.http.count("/reports"));
    }

    @Test
    void openingAForgottenRequestByIdMarksItToo() {
        fixture = new SandboxFixture(folder, WatchPolicy.defaults());
        AnalysisRequest forgotten = fixture.forgottenRequest(RequestOrigin.OPENED_BY_ID);

        assertThrows(NotFoundException.class, () -> fixture.watcher.openById(forgotten.id()));

        assertTrue(fixture.database.requestCache().find(forgotten.id()).orElseThrow().isMissing());
    }

    private RequestSummary summary(String id) {
        return CachedRequestFacts.summary(fixture.database, id, LocalDate.of(2026, 12, 7)).orElseThrow();
    }
}
