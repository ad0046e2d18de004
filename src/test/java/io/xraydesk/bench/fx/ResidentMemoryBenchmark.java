package io.xraydesk.bench.fx;

import io.xraydesk.api.model.Report;
import io.xraydesk.bench.HeapSampler;
import io.xraydesk.testing.SandboxControl;
import io.xraydesk.ui.LoadedWindow;
import io.xraydesk.ui.dashboard.DashboardScreen;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.api.FxToolkitContext;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.service.support.FiredEvents;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The resident memory of the real application's JVM (this one: the window, its embedded sandbox and
 * the test's robot) idle on the dashboard with 1,000 watched requests whose ESG and Manager X-Rays have
 * arrived, then after opening 50 reports one after the other (as a notification's click does) and
 * going back to the list each time. Each figure is read after a full GC ({@link ResidentMemory}); the
 * reference is a bare JavaFX window in a JVM of its own, measured the same way in the same run.
 * Prints {@code bench: rss-idle} (goal: under 2.5 times the bare window's) and
 * {@code bench: rss-after-50-reports} (goal: no more than 10 % above idle), with the heap kept.
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class ResidentMemoryBenchmark {

    private static final int REQUESTS = 1000;
    private static final int REPORTS = 50;
    /** Sandbox seconds after which every request has its ESG (90 s) and Manager (120 s) X-Ray. */
    private static final long REPORTS_DUE_SECONDS = 300;
    /** For the watcher to fetch the reports that came and the list to show them. */
    private static final int SETTLE_SECONDS = 30;

    @TempDir
    Path home;
    private final int webhookPort = BusyDesk.freePort();
    private LoadedWindow window;

    @Start
    void start(Stage stage) throws IOException {
        window = LoadedWindow.start(stage, home, webhookPort);
    }

    @AfterEach
    void stop(FxRobot robot) {
        window.stop(robot);
    }

    @Test
    void residentMemoryIdleAndAfterFiftyReports(FxRobot robot) throws Exception {
        BusyDesk.signInWithWebhooks(robot, window, webhookPort);
        forgetFiredEvents();
        List<String> requestIds = BusyDesk.createAndWatch(window.work(), REQUESTS);
        new SandboxControl(window.sandbox()).advance(REPORTS_DUE_SECONDS);
        WaitForAsyncUtils.sleep(SETTLE_SECONDS, TimeUnit.SECONDS);

        long pid = ProcessHandle.current().pid();
        double bare = ResidentMemory.bareWindow();
        double idle = ResidentMemory.afterFullGc(pid);
        long idleHeap = HeapSampler.usedAfterGc();
        long idleCommitted = committedHeap();
        String loadIdle = BusyDesk.loadAverage();
        for (int i = 0; i < REPORTS; i++) {
            openAndClose(robot, requestIds.get(i), i);
        }
        double after = ResidentMemory.afterFullGc(pid);
        long afterHeap = HeapSampler.usedAfterGc();
        long afterCommitted = committedHeap();
        String loadAfter = BusyDesk.loadAverage();

        System.out.printf(Locale.ROOT, "bench: rss-idle %.0f MB (goal < 2.5 x the bare window's; bare JavaFX window, "
                + "own JVM, same run: %.0f MB, ratio %.2f; heap kept %d MB of %d MB committed; %d requests watched; after a full GC; "
                + "load average %s)%n", idle, bare, idle / bare, idleHeap >> 20, idleCommitted >> 20, REQUESTS, loadIdle);
        System.out.printf(Locale.ROOT, "bench: rss-after-50-reports %.0f MB (goal <= 10 %% above idle: %+.1f %%; heap "
                + "kept %d MB, %+d MB, of %d MB committed; after a full GC; load average %s)%n", after, 100 * (after - idle) / idle,
                afterHeap >> 20, (afterHeap - idleHeap) >> 20, afterCommitted >> 20, loadAfter);
    }

    private static long committedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
    }

    /**
     * TestFX keeps every event fired in its stage, for assertions this benchmark does not make, and a
     * mouse event holds the node it was picked on: that list alone would keep every page the benchmark
     * leaves in memory, which the application does not.
     */
    private static void forgetFiredEvents() throws ReflectiveOperationException {
        Field field = FxToolkitContext.class.getDeclaredField("firedEvents");
        field.setAccessible(true);
        FiredEvents events = (FiredEvents) field.get(FxToolkit.toolkitContext());
        events.stopStoringFiredEvents();
        events.clearEvents();
    }

    /** Opens one of the request's reports at its page, waits for it to show, goes back to the list. */
    private void openAndClose(FxRobot robot, String requestId, int turn) throws Exception {
        List<Report> reports = window.demoClient().listReports(requestId, null);
        Report report = reports.get(turn % reports.size());
        robot.interact(() -> window.openReport(requestId, report.id()));
        BusyDesk.waitFor("the report " + report.id(), () -> robot.lookup("#report-title").tryQuery().isPresent());
        robot.interact(window::showDashboard);
        BusyDesk.waitFor("the dashboard", () -> window.current().orElse(null) instanceof DashboardScreen);
    }
}
