package io.xraydesk.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.AuthenticationException;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.requests.RequestReader;
import io.xraydesk.core.watch.SandboxFixture;
import io.xraydesk.core.watch.WatchListener;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.ui.RecordingRoutes;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.DirectUiExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
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

    @BeforeEach
    void setUp() {
        Messages.setLocale(Locale.ENGLISH);
        fixture = new SandboxFixture(folder, WatchPolicy.defaults());
        tasks = new BackgroundTasks(new DirectUiExecutor());
        tasks.setFailureFilter(failure -> failure instanceof AuthenticationException && filtered.add(failure));
        viewModel = new DashboardViewModel(tasks, new RequestReader(fixture.database, fixture.client), fixture.watcher,
                routes, (message, failure) -> errors.add(message), new WatchListener() { });
    }

    @AfterEach
    void close() {
        viewModel.deactivate();
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
}
