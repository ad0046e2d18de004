package io.xraydesk.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.AuthenticationException;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Source;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.requests.RequestReader;
import io.xraydesk.core.session.ConnectionMonitor;
import io.xraydesk.core.watch.SandboxFixture;
import io.xraydesk.core.watch.WatchListener;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.ui.RecordingRoutes;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.DirectUiExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The requests list's view-model without a window, results delivered in place by the synchronous executor. */
class DashboardViewModelTest {

    @TempDir
    Path folder;

    private SandboxFixture fixture;
    private BackgroundTasks tasks;
    private final RecordingRoutes routes = new RecordingRoutes();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<Throwable> filtered = new CopyOnWriteArrayList<>();
    private DashboardViewModel viewModel;
    private ConnectionMonitor monitor;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Locale.ENGLISH);
        fixture = new SandboxFixture(folder, WatchPolicy.defaults());
        tasks = new BackgroundTasks(new DirectUiExecutor());
        tasks.setFailureFilter(failure -> failure instanceof AuthenticationException && filtered.add(failure));
        monitor = ConnectionMonitor.start(Clock.systemUTC(), fixture.watcher::needsPolling);
        fixture.client.observeCalls(monitor);
        viewModel = new DashboardViewModel(tasks, new RequestReader(fixture.database, fixture.client), fixture.watcher,
                monitor, routes, (message, failure) -> errors.add(message), new WatchListener() { }, Runnable::run);
    }

    @AfterEach
    void close() {
        viewModel.deactivate();
        monitor.close();
        tasks.close();
        fixture.close();
    }

    @Test
    void activatingReadsTheCachedRequests() throws Exception {
        fixture.createWatched("514673987", "ACME SAS");
        fixture.createWatched("732829320", "Globex");
        viewModel.activate();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.loadedProperty().get());

        assertEquals(List.of("ACME SAS", "Globex"),
                viewModel.list().rows().stream().map(RequestRow::businessName).sorted().toList());
    }

    @Test
    void theFirstScreenfulIsShownBeforeTheWholePortfolioAndSaysSo() throws Exception {
        int companies = DashboardViewModel.FIRST_ROWS + 90;
        PortfolioRows.fill(fixture.database, companies, fixture.clock.instant());
        List<List<Object>> seen = new CopyOnWriteArrayList<>();
        viewModel.list().totalWhileReadingProperty().addListener((o, was, total) -> seen.add(List.of(total,
                viewModel.list().rows().stream().map(RequestRow::businessName).toList(),
                viewModel.list().rows().stream().map(DashboardViewModelTest::words).toList())));
        viewModel.activate();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> seen.size() == 2);

        // First the most recently updated companies (company i was updated i hours ago), with the portfolio's size.
        assertEquals(companies, seen.get(0).get(0));
        List<String> firstNames = IntStream.range(0, DashboardViewModel.FIRST_ROWS)
                .mapToObj(i -> "Company " + i).toList();
        assertEquals(firstNames, seen.get(0).get(1));
        // Then every company, each first one saying what it said alone.
        assertEquals(0, seen.get(1).get(0));
        List<RequestRow> all = viewModel.list().rows();
        assertEquals(companies, all.size());
        for (int i = 0; i < DashboardViewModel.FIRST_ROWS; i++) {
            assertEquals(all.get(i).businessName(), firstNames.get(i));
            assertEquals(words(all.get(i)), ((List<?>) seen.get(0).get(2)).get(i), firstNames.get(i));
        }
        assertTrue(viewModel.loadedProperty().get());
    }

    @Test
    void comingBackToTheWholeListKeepsItShownWhileItIsReadAgain() throws Exception {
        int companies = DashboardViewModel.FIRST_ROWS + 90;
        PortfolioRows.fill(fixture.database, companies, fixture.clock.instant());
        viewModel.activate();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.list().rows().size() == companies
                && viewModel.list().totalWhileReadingProperty().get() == 0);
        viewModel.deactivate();

        List<Integer> sizes = new CopyOnWriteArrayList<>();
        List<Number> totals = new CopyOnWriteArrayList<>();
        List<Boolean> readWhole = new CopyOnWriteArrayList<>();
        viewModel.list().rows().addListener((javafx.collections.ListChangeListener<RequestRow>) change -> {
            sizes.add(change.getList().size());
            while (change.next()) {
                if (change.wasReplaced() && change.getRemovedSize() == companies) {
                    readWhole.add(true);
                }
            }
        });
        viewModel.list().totalWhileReadingProperty().addListener((o, was, total) -> totals.add(total));
        viewModel.activate();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !readWhole.isEmpty());

        // The newest rows read again replaced theirs one by one, then the whole list replaced every row: never fewer.
        assertTrue(sizes.size() > 1, "the newest rows are shown before the whole list: " + sizes);
        assertTrue(sizes.stream().allMatch(size -> size == companies), sizes.toString());
        assertEquals(List.of(), totals, "no line saying that only the first rows are shown");
    }

    /** What a row shows of its X-Rays, PD and data sanity (its reports read whole or by their fields alike). */
    private static List<Object> words(RequestRow row) {
        return Arrays.asList(Arrays.stream(Source.values()).map(row.xrays()::get).map(outcome -> Arrays.asList(
                outcome.source(), outcome.status(), outcome.grade(), outcome.probabilityOfDefault(), outcome.reason(),
                outcome.since(), outcome.reports())).toList(), row.line().probabilityOfDefault(),
                row.line().dataSanity(), row.changeText(), row.decisionText());
    }

    @Test
    void openingByIdAddsTheRowAndOpensThePage() throws Exception {
        AnalysisRequest known = fixture.createRequest("514673987", "ACME SAS", null);
        viewModel.open(known.id());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> routes.calls().contains("openRequest:" + known.id()));

        assertEquals(List.of("ACME SAS"), viewModel.list().rows().stream().map(RequestRow::businessName).toList());
        assertEquals(List.of(), errors);
    }

    @Test
    void anUnknownIdSaysSoAndARefusedTokenIsLeftToTheFilter() throws Exception {
        viewModel.open("0123456789abcdef01234567");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !errors.isEmpty());
        assertEquals(List.of(Messages.get("dashboard.open.not_found")), errors);

        fixture.revokeDemoUser();
        viewModel.open("0123456789abcdef01234567");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !filtered.isEmpty());
        assertInstanceOf(AuthenticationException.class, filtered.get(0));
        assertEquals(1, errors.size(), "no error of the list's own for a refused token");
        assertTrue(routes.calls().isEmpty());
    }

    @Test
    void theOfflineBannerFollowsTheConnectionMonitorServerErrorsAndDroppedConnectionsAlike() throws Exception {
        AnalysisRequest request = fixture.createWatched("514673987", "ACME SAS");
        viewModel.activate();
        fixture.client.getRequest(request.id());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> viewModel.connectionProperty().get() == ConnectionMonitor.State.ONLINE);
        assertFalse(viewModel.unreachableProperty().get());

        fixture.fault("{\"path\":\"/requests/*\",\"kind\":\"status503\",\"count\":1}");
        assertThrows(io.xraydesk.api.ServerException.class, () -> fixture.client.getRequest(request.id()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> viewModel.connectionProperty().get() == ConnectionMonitor.State.SERVER_ERRORS);
        assertTrue(viewModel.unreachableProperty().get(), "every row may be out of date");

        fixture.fault("{\"path\":\"/requests/*\",\"kind\":\"reset\",\"count\":2}");
        assertThrows(io.xraydesk.api.NetworkException.class, () -> fixture.client.getRequest(request.id()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> viewModel.connectionProperty().get() == ConnectionMonitor.State.OFFLINE);
        assertTrue(viewModel.unreachableProperty().get());

        fixture.client.getRequest(request.id());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !viewModel.unreachableProperty().get());
    }

    @Test
    void aRequestTheServerNoLongerKnowsIsMarkedOnItsRow() throws Exception {
        fixture.forgottenRequest(RequestOrigin.CREATED_HERE);
        viewModel.activate();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.list().rows().size() == 1);
        assertTrue(viewModel.list().rows().get(0).isOnServer());

        fixture.watcher.start();
        fixture.scheduler.runFor(Duration.ofSeconds(30));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !viewModel.list().rows().get(0).isOnServer());
        assertTrue(XRayFilter.NOT_FOUND.accepts(viewModel.list().rows().get(0)));
        assertEquals("Atelier Dupont", viewModel.list().rows().get(0).businessName(), "kept for reading");
    }
}
