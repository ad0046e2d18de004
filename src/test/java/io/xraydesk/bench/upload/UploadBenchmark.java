package io.xraydesk.bench.upload;


import atlantafx.base.theme.PrimerLight;
import io.xraydesk.bench.Samples;
import io.xraydesk.core.upload.TestDocuments;
import io.xraydesk.core.upload.UploadFixture;
import io.xraydesk.core.upload.UploadQueue;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.FxUiExecutor;
import io.xraydesk.ui.theme.ThemeManager;
import io.xraydesk.ui.upload.UploadPanel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 50 files of 20 MB through the queue at concurrency 3, against the same files sent by {@code curl}
 * at the same concurrency (a fresh {@code POST /media} each, the same form fields, then the same
 * finalisation; see {@link QueueAgainstCurl}), five rounds each way, alternating, on a sandbox in its
 * own JVM on loopback. Prints both median times, their ratio (goal ≤ 1.2), the CPU time of each side
 * and the heap growth of the queue runs (goal < 32 MB). Then three more queue runs with the request's
 * upload panel following them, and what that costs the JavaFX thread (see {@link FxThreadProbe};
 * goal: never busy 50 ms in one go). Last, the same (three rounds each way, two with the panel) through
 * a sandbox whose storage takes uploads in at 1 Gbit/s, as a fast office uplink would. The queue's time includes what curl does not do:
 * the checks of every file, the SHA-256 of the bytes it sends, and the journal writes. The files are
 * written before the warm-up, so the measured runs see them outside the checks' racy window, as an
 * analyst's documents are (docs/uploads.md, Fingerprints).
 */
@Tag("bench")
class UploadBenchmark {

    private static final int FILES = 50;
    /** 20 MB, below the 20 MiB limit of the sandbox and the inspector. */
    private static final int SIZE = 20_000_000;
    private static final int CONCURRENCY = 3;
    /** Measured rounds, each a queue run then a curl run; medians are printed. */
    private static final int ROUNDS = 5;
    /** The same through an uplink of 1 Gbit/s, an office's fast fibre: 8 s a run, so fewer rounds. */
    private static final long LINK_BYTES_PER_SECOND = 125_000_000;
    private static final int LINK_ROUNDS = 3;
    private static final int LINK_PANEL_ROUNDS = 2;
    /** Queue runs with the upload panel shown, for the JavaFX thread's figures. */
    private static final int PANEL_ROUNDS = 3;
    /** Panels shown and filled with small files before measuring, until the UI code is compiled. */
    private static final int PANEL_WARM_UP_ROUNDS = 20;
    private static final int PANEL_WARM_UP_FILES = 10;

    @Test
    void queueAgainstCurl(@TempDir Path dir) throws Exception {
        run(dir);
    }

    /** Runnable outside the test suite: {@code java -cp … io.xraydesk.bench.upload.UploadBenchmark}. */
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("upload-bench");
        try {
            run(dir);
        } finally {
            Platform.exit();
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void run(Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            files.add(TestDocuments.png(dir, "statement-" + i + ".png", SIZE, 1000 + i));
        }
        try (LocalDatabase database = UploadFixture.database(dir)) {
            FxThreadProbe fxThread = new FxThreadProbe();
            Scene window = showWindow(fxThread);
            try (BenchSandbox sandbox = new BenchSandbox(0)) {
                warmUp(sandbox, database, files, window, fxThread);
                warmUpPanel(sandbox, database, smallFiles(dir), window, fxThread);
                // The panel is not shown while the queue is compared with curl: its cost is measured on its
                // own, as this machine draws it in software, which a workstation's graphics card does not.
                showNothing(window);
                QueueAgainstCurl.Result loopback = new QueueAgainstCurl(sandbox, database, files, CONCURRENCY)
                        .run(ROUNDS);
                loopback.print("upload", "loopback, both sides on this machine's cores", 1.10);
                System.out.printf(Locale.ROOT, "bench: upload-queue heap growth %.1f MB (goal < 32 MB; the largest "
                        + "of %d runs)%n", loopback.heapGrowthMb, ROUNDS);
                panelRuns(sandbox, database, files, window, fxThread, PANEL_ROUNDS)
                        .print("upload", fxThread, loopback.referenceLatencyMs);
            }
            // The same through a sandbox whose storage takes uploads in as a fast office uplink would.
            try (BenchSandbox sandbox = new BenchSandbox(LINK_BYTES_PER_SECOND)) {
                showNothing(window);
                QueueAgainstCurl.Result link = new QueueAgainstCurl(sandbox, database, files, CONCURRENCY)
                        .run(LINK_ROUNDS);
                link.print("upload-1gbit", "S3 through a 1 Gbit/s uplink", 1.05);
                fxThread.reset();
                panelRuns(sandbox, database, files, window, fxThread, LINK_PANEL_ROUNDS)
                        .print("upload-1gbit", fxThread, link.referenceLatencyMs);
            }
        }
    }

    /** The queue runs with the request's upload panel following them. */
    private static PanelRuns panelRuns(BenchSandbox sandbox, LocalDatabase database, List<Path> files, Scene window,
            FxThreadProbe fxThread, int rounds) throws Exception {
        PanelRuns runs = new PanelRuns();
        for (int round = 0; round < rounds; round++) {
            String requestId = sandbox.createRequest();
            try (UploadQueue queue = new UploadQueue(database.uploadJournal(), sandbox.client, sandbox.uploader,
                    CONCURRENCY); BackgroundTasks tasks = new BackgroundTasks(new FxUiExecutor())) {
                FxThreadProbe.Pulse opening = showPanel(window, queue, requestId, tasks, fxThread);
                if (opening.elapsedMillis() > runs.worstOpening.elapsedMillis()) {
                    runs.worstOpening = opening;
                }
                long start = System.nanoTime();
                FxThreadProbe.Latency latency = fxThread.record(
                        () -> QueueAgainstCurl.queueAll(queue, requestId, files));
                runs.seconds.add((System.nanoTime() - start) / 1e9);
                runs.worstLatencyMs = Math.max(runs.worstLatencyMs, latency.worstMillis());
                runs.probes += latency.probes();
            }
            QueueAgainstCurl.assertAllOnline(database, requestId, FILES);
        }
        return runs;
    }

    /** What the panel runs measured besides the probe's pulses. */
    private static final class PanelRuns {
        final List<Double> seconds = new ArrayList<>();
        FxThreadProbe.Pulse worstOpening = new FxThreadProbe.Pulse(0, 0);
        double worstLatencyMs;
        long probes;

        /** Prints these runs with what {@code fxThread} recorded during them. */
        void print(String name, FxThreadProbe fxThread, double referenceLatencyMs) {
            System.out.printf(Locale.ROOT, "bench: %s-queue-with-panel-50x20MB %.2f s (median of %s; software "
                    + "drawing of the panel included)%n", name, Samples.median(seconds), Samples.listed(seconds));
            System.out.printf(Locale.ROOT, "bench: %s-fx-busy-cpu %.1f ms (goal < 50 ms; the longest CSS and "
                    + "layout pass of %d pulses, in CPU time of the JavaFX thread)%n", name,
                    fxThread.worstBusyCpuMillis(), fxThread.pulses());
            System.out.printf(Locale.ROOT, "bench: %s-fx-busy-elapsed %.1f ms (the same pulses in elapsed time; "
                    + "longest of %d hand-overs of queue news %.1f ms)%n", name, Math.max(fxThread.worstPulseMillis(),
                    fxThread.worstHandOverMillis()), fxThread.handOvers(), fxThread.worstHandOverMillis());
            System.out.printf(Locale.ROOT, "bench: %s-panel-opening %.1f ms (CPU %.1f ms; the CSS and layout pass "
                    + "that first shows the panel, the longest of %d openings, before each run)%n", name,
                    worstOpening.elapsedMillis(), worstOpening.cpuMillis(), seconds.size());
            System.out.printf(Locale.ROOT, "bench: %s-fx-latency %.1f ms (worst of %d probes; reference while "
                    + "curl uploads and the panel rests %.1f ms)%n", name, worstLatencyMs, probes, referenceLatencyMs);
        }
    }

    /**
     * One whole run both ways first, panel shown, so that neither side pays the start-up of the JIT (in
     * the sandbox's JVM too) and the measured runs compare transfers, not warm-up order. The
     * window stays: as in the application, whose window lives on while the analyst opens requests, the
     * measured panel does not pay for the first styling of a new window.
     */
    private static void warmUp(BenchSandbox sandbox, LocalDatabase database, List<Path> files, Scene window,
            FxThreadProbe probe) throws Exception {
        try (UploadQueue queue = new UploadQueue(database.uploadJournal(), sandbox.client, sandbox.uploader,
                CONCURRENCY); BackgroundTasks tasks = new BackgroundTasks(new FxUiExecutor())) {
            String requestId = sandbox.createRequest();
            showPanel(window, queue, requestId, tasks, probe);
            QueueAgainstCurl.queueAll(queue, requestId, files);
        }
        CurlUploads.sendAll(sandbox, sandbox.createRequest(), files, CONCURRENCY);
    }

    /**
     * Panels filled with small files, round after round: the measured run then sees the panel's code
     * compiled, as after a few minutes of use, not interpreted as in the first seconds after start.
     */
    private static void warmUpPanel(BenchSandbox sandbox, LocalDatabase database, List<Path> files, Scene window,
            FxThreadProbe probe) throws Exception {
        for (int round = 0; round < PANEL_WARM_UP_ROUNDS; round++) {
            try (UploadQueue queue = new UploadQueue(database.uploadJournal(), sandbox.client, sandbox.uploader,
                    CONCURRENCY); BackgroundTasks tasks = new BackgroundTasks(new FxUiExecutor())) {
                String requestId = sandbox.createRequest();
                showPanel(window, queue, requestId, tasks, probe);
                QueueAgainstCurl.queueAll(queue, requestId, files);
            }
        }
    }

    private static List<Path> smallFiles(Path dir) throws IOException {
        Path small = Files.createDirectories(dir.resolve("small"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < PANEL_WARM_UP_FILES; i++) {
            files.add(TestDocuments.png(small, "page-" + i + ".png", 4_000, i));
        }
        return files;
    }

    private static void showNothing(Scene window) throws Exception {
        onFx(() -> {
            ((StackPane) window.getRoot()).getChildren().clear();
            return null;
        });
    }

    /** The window the panels are shown in, its pulses watched by {@code probe}. */
    private static Scene showWindow(FxThreadProbe probe) throws Exception {
        startToolkit();
        return onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Stage stage = new Stage();
            Scene scene = new Scene(new StackPane(), 1180, 560);
            probe.watch(scene);
            scene.getStylesheets().add(ThemeManager.APP_STYLESHEET);
            stage.setScene(scene);
            stage.show();
            return scene;
        });
    }

    /**
     * Shows the request's upload panel, as the analyst opens a request's page, and returns once it is
     * styled and laid out: the queue run that follows is measured apart from the panel's opening.
     */
    private static FxThreadProbe.Pulse showPanel(Scene window, UploadQueue queue, String requestId,
            BackgroundTasks tasks, FxThreadProbe probe) throws InterruptedException {
        // Into the lasting root, as the application's request page goes into its window.
        return probe.pulseAfter(() -> {
            UploadPanel panel = new UploadPanel(queue, requestId, tasks, probe.executor(), Clock.systemDefaultZone());
            ((StackPane) window.getRoot()).getChildren().setAll(panel);
            panel.activate();
        });
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(action.call());
            } catch (Exception | Error failure) {
                done.completeExceptionally(failure);
            }
        });
        return done.get(30, TimeUnit.SECONDS);
    }

    /** Headless JavaFX (Monocle) as in the tests; already running when the benchmark runs under JUnit. */
    private static void startToolkit() throws InterruptedException {
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Monocle"));
        System.setProperty("monocle.platform", System.getProperty("monocle.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        Platform.setImplicitExit(false);
        started.await(30, TimeUnit.SECONDS);
    }
}
