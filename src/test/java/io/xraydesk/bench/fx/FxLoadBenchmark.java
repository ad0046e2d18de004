package io.xraydesk.bench.fx;

import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.upload.DocumentDescription;
import io.xraydesk.core.upload.TestDocuments;
import io.xraydesk.ui.LoadedWindow;
import io.xraydesk.ui.context.SessionWork;
import io.xraydesk.ui.dashboard.DashboardScreen;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The JavaFX thread of the real application window under an analyst's heaviest day, on the embedded
 * sandbox over real HTTP: 1,000 watched requests (created through the app's own request creator),
 * their ESG and Manager X-Rays arriving as webhooks to the app's receiver (and by polling), 50 files
 * uploading to one request, and a robot scrolling the requests list and opening a report every few
 * seconds (the route a notification's click takes), then coming back to the list. A
 * {@link PulseProbe} times every pulse and names each stall by the stacks sampled while it lasted.
 * The same probe first watches the same window idle on the dashboard for the same-run reference.
 * Prints {@code bench: fx-max-stall}, {@code bench: fx-pulse-p99} (goals: max < 50 ms, p99 < 16 ms)
 * and the worst stalls. Runs headless (Monocle, software drawing), as the UI tests do.
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class FxLoadBenchmark {

    private static final int REQUESTS = 1000;
    private static final int FILES = 50;
    private static final int FILE_BYTES = 1_000_000;
    private static final int REFERENCE_SECONDS = 5;
    private static final int LOAD_SECONDS = 40;
    private static final int REPORT_EVERY_SECONDS = 4;

    @TempDir
    Path home;
    @TempDir
    Path files;
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
    void fxThreadUnderLoad(FxRobot robot) throws Exception {
        BusyDesk.signInWithWebhooks(robot, window, webhookPort);
        SessionWork work = window.work();

        PulseProbe reference = measure(robot, () -> Thread.sleep(REFERENCE_SECONDS * 1000L));
        String load = BusyDesk.loadAverage();
        List<String> requestIds = BusyDesk.createAndWatch(work, REQUESTS);
        List<Path> documents = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            documents.add(TestDocuments.png(files, "statement-" + i + ".png", FILE_BYTES, 7000 + i));
        }
        String uploadTo = requestIds.get(0);
        PulseProbe probe = measure(robot, () -> {
            for (Path document : documents) {
                work.uploads().enqueue(uploadTo, document, new DocumentDescription(DocumentCategory.OTHER, null, null));
            }
            analystBrowses(robot, requestIds);
        });
        print(probe, reference, load);
    }

    /**
     * Scrolls the requests list and, every few seconds, opens a report that has arrived (a random
     * request among the first, whose reports came first) and goes back to the list.
     */
    private void analystBrowses(FxRobot robot, List<String> requestIds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOAD_SECONDS);
        long nextReport = System.nanoTime() + TimeUnit.SECONDS.toNanos(REPORT_EVERY_SECONDS);
        VerticalDirection direction = VerticalDirection.DOWN;
        int scrolls = 0;
        while (System.nanoTime() < end) {
            if (System.nanoTime() >= nextReport) {
                openAReport(robot, requestIds.get(ThreadLocalRandom.current().nextInt(100)));
                nextReport = System.nanoTime() + TimeUnit.SECONDS.toNanos(REPORT_EVERY_SECONDS);
            }
            robot.lookup(".table-view").tryQuery().filter(TableView.class::isInstance).ifPresent(robot::moveTo);
            robot.scroll(5, direction);
            if (++scrolls % 40 == 0) {
                direction = direction == VerticalDirection.DOWN ? VerticalDirection.UP : VerticalDirection.DOWN;
            }
        }
    }

    private void openAReport(FxRobot robot, String requestId) {
        List<Report> reports = window.demoClient().listReports(requestId, null);
        if (reports.isEmpty()) {
            return;
        }
        robot.interact(() -> window.openReport(requestId, reports.get(0).id()));
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        robot.interact(window::showDashboard);
    }

    /** Watches the window's pulses while {@code work} runs. */
    private PulseProbe measure(FxRobot robot, Work work) throws Exception {
        PulseProbe probe = new PulseProbe();
        robot.interact(() -> probe.start(robot.listTargetWindows().get(0).getScene()));
        try {
            work.run();
        } finally {
            robot.interact(probe::stop);
        }
        return probe;
    }

    private static void print(PulseProbe probe, PulseProbe reference, String load) {
        System.out.printf(Locale.ROOT, "bench: fx-max-stall %.1f ms (goal < 50 ms; the longest gap between two pulses "
                + "in %d s of load; same window idle on the dashboard: %.1f ms; load average %s)%n",
                probe.maxStallMillis(), LOAD_SECONDS, reference.maxStallMillis(), load);
        System.out.printf(Locale.ROOT, "bench: fx-pulse-p99 %.1f ms (goal < 16 ms; p50 %.1f ms, %d pulses; same "
                + "window idle: p99 %.1f ms)%n", probe.pulsePercentileMillis(99), probe.pulsePercentileMillis(50),
                probe.pulses(), reference.pulsePercentileMillis(99));
        int rank = 0;
        for (PulseProbe.Stall stall : probe.worstStalls()) {
            System.out.printf(Locale.ROOT, "bench: fx-stall-%d %.1f ms: %s%n", ++rank, stall.millis(), stall.where());
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }
}
