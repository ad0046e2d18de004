package io.xraydesk.ui.requestpage;

import static io.xraydesk.testing.GoldenServer.golden;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.requests.RequestReader;
import io.xraydesk.core.watch.FakeClock;
import io.xraydesk.core.watch.FakeScheduler;
import io.xraydesk.core.watch.RequestRecords;
import io.xraydesk.core.watch.RequestWatcher;
import io.xraydesk.core.watch.StageTrail;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.testing.GoldenServer;
import io.xraydesk.testing.MessagesLocale;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.DirectUiExecutor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The request page's model fed, over HTTP, a reports list whose second item has a date no one can
 * read: the other two are shown, and the page says which one is missing and why.
 */
class UnreadableReportsPageTest {

    private static final String REQUEST_ID = "635107e452436f15d3b39d87";

    @RegisterExtension
    final GoldenServer server = new GoldenServer();
    @RegisterExtension
    final MessagesLocale messages = MessagesLocale.restored();
    @TempDir
    Path folder;

    private final List<String> errors = new CopyOnWriteArrayList<>();
    private LocalDatabase database;
    private FakeScheduler scheduler;
    private RequestWatcher watcher;
    private BackgroundTasks tasks;
    private RequestPageModel model;

    @BeforeEach
    void knownRequest() {
        server.answer("GET", "/requests/" + REQUEST_ID, 200, golden("request-documented.json"));
        OctoberClient client = server.client();
        database = LocalDatabase.open(folder.resolve("xraydesk.db"));
        FakeClock clock = new FakeClock(Instant.parse("2026-03-02T09:30:00Z"));
        database.requestCache().upsert(RequestRecords.toCached(client.getRequest(REQUEST_ID),
                RequestOrigin.CREATED_HERE, StageTrail.EMPTY, clock.instant()));
        scheduler = new FakeScheduler(clock);
        watcher = new RequestWatcher(client, database, WatchPolicy.defaults(),
                clock, scheduler, new Random(42));
        watcher.start();
        tasks = new BackgroundTasks(new DirectUiExecutor());
        model = new RequestPageModel(REQUEST_ID, tasks, new RequestReader(database, client), watcher,
                (message, failure) -> errors.add(message));
    }

    @AfterEach
    void close() {
        model.deactivate();
        tasks.close();
        watcher.stop();
        database.close();
    }

    @Test
    void theReadableReportsAreShownAndTheUnreadableOneIsNamedByItsPlaceAndField() throws Exception {
        Messages.setLocale(Locale.ENGLISH);

        openAfterTheWatcherPolled();

        assertEquals(List.of("65b2a1f0c3d4e5f601234561", "65b2a1f0c3d4e5f601234563"),
                model.detailsProperty().get().reports().stream().map(Report::id).sorted().toList());
        assertEquals("1 report could not be read and is not shown: item 1 (id 65b2a1f0c3d4e5f601234562), field "
                + "createdAt: \"yesterday at noon\"", model.unreadableReportsProperty().get());
        assertEquals(List.of(), errors);
    }

    @Test
    void saidInFrenchToo() throws Exception {
        Messages.setLocale(Locale.FRENCH);

        openAfterTheWatcherPolled();

        assertEquals("1 rapport n'a pas pu être lu et n'est pas affiché : élément 1 (id 65b2a1f0c3d4e5f601234562), "
                + "champ createdAt : \"yesterday at noon\"", model.unreadableReportsProperty().get());
    }

    @Test
    void nothingIsSaidWhenEveryReportCanBeRead() throws Exception {
        server.answer("GET", "/reports", 200, "{\"reports\":[]}");
        model.activate();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.detailsProperty().get().overview().isPresent());

        assertEquals("", model.unreadableReportsProperty().get());
    }

    /**
     * The API lists three reports, the second unreadable; the watcher polls the request (as it does
     * once the page asks it to), then the page reads what it keeps.
     */
    private void openAfterTheWatcherPolled() throws Exception {
        server.answer("GET", "/reports", 200, golden("reports-one-bad-item.json"));
        model.activate();
        scheduler.runFor(Duration.ofSeconds(30));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.detailsProperty().get().reports().size() == 2
                && !model.unreadableReportsProperty().get().isEmpty());
    }
}
