package io.xraydesk.bench.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlantafx.base.theme.PrimerLight;
import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.MediumDraft;
import io.xraydesk.api.model.MediumFinalisation;
import io.xraydesk.api.model.MediumMeta;
import io.xraydesk.api.model.NewMedium;
import io.xraydesk.core.upload.DocumentDescription;
import io.xraydesk.core.upload.TestDocuments;
import io.xraydesk.core.upload.UploadFixture;
import io.xraydesk.core.upload.UploadQueue;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.UploadState;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.FxUiExecutor;
import io.xraydesk.ui.theme.ThemeManager;
import io.xraydesk.ui.upload.UploadPanel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 50 files of 20 MB through the queue at concurrency 3, against the same files sent by {@code curl}
 * at the same concurrency (a fresh {@code POST /media} each, the same form fields, then the same
 * finalisation), in the same run on the same sandbox. Prints both times, their ratio (goal ≤ 1.2) and
 * the heap growth of the queue run (goal < 32 MB), and what the request's upload panel, following the
 * queue, costs the JavaFX thread (see {@link FxThreadProbe}; goal: never busy 50 ms in one go). The queue's time includes what curl does not do:
 * the checks and SHA-256 of every file, and the journal writes.
 */
@Tag("bench")
class UploadBenchmark {

    private static final int FILES = 50;
    /** 20 MB, below the 20 MiB limit of the sandbox and the inspector. */
    private static final int SIZE = 20_000_000;
    private static final int CONCURRENCY = 3;
    private static final int WARM_UP_FILES = 6;
    private static final double MIB = 1024.0 * 1024.0;

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
        try (UploadFixture sandbox = new UploadFixture(); LocalDatabase database = UploadFixture.database(dir)) {
            String queueRequest = sandbox.createRequest();
            String curlRequest = sandbox.createRequest();
            warmUp(sandbox, database, files.subList(0, WARM_UP_FILES));

            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            FxThreadProbe fxThread = new FxThreadProbe();
            long heapBefore;
            long start;
            FxThreadProbe.Latency queueLatency;
            try (UploadQueue queue = new UploadQueue(database.uploadJournal(), sandbox.client, sandbox.uploader,
                    CONCURRENCY); BackgroundTasks tasks = new BackgroundTasks(new FxUiExecutor())) {
                showPanel(queue, queueRequest, tasks, fxThread);
                heapBefore = usedAfterGc(memory);
                start = System.nanoTime();
                queueLatency = fxThread.record(() -> queueAll(queue, queueRequest, files));
            }
            double queueSeconds = (System.nanoTime() - start) / 1e9;
            long heapAfter = usedAfterGc(memory);
            long online = database.uploadJournal().forRequest(queueRequest).stream()
                    .filter(item -> item.state() == UploadState.ONLINE).count();
            assertEquals(FILES, online, "every file online through the queue");

            long curlStart = System.nanoTime();
            FxThreadProbe.Latency referenceLatency =
                    FxThreadProbe.latencyDuring(() -> curlAll(sandbox, curlRequest, files));
            double curlSeconds = (System.nanoTime() - curlStart) / 1e9;
            assertEquals(FILES, sandbox.onlineSha256(curlRequest).size(), "every file online through curl");

            System.out.printf(Locale.ROOT, "bench: upload-queue-50x20MB %.2f s%n", queueSeconds);
            System.out.printf(Locale.ROOT, "bench: upload-curl-50x20MB %.2f s%n", curlSeconds);
            System.out.printf(Locale.ROOT, "bench: upload-queue/curl ratio %.2f (goal <= 1.2)%n",
                    queueSeconds / curlSeconds);
            System.out.printf(Locale.ROOT, "bench: upload-queue heap growth %.1f MB (goal < 32 MB)%n",
                    (heapAfter - heapBefore) / MIB);
            System.out.printf(Locale.ROOT, "bench: upload-fx-busy-cpu %.1f ms (goal < 50 ms; the longest CSS and "
                    + "layout pass of %d pulses, in CPU time of the JavaFX thread)%n",
                    fxThread.worstBusyCpuMillis(), fxThread.pulses());
            System.out.printf(Locale.ROOT, "bench: upload-fx-busy-elapsed %.1f ms (the same pulses in elapsed time; "
                    + "longest of %d hand-overs of queue news %.1f ms)%n", Math.max(fxThread.worstPulseMillis(),
                    fxThread.worstHandOverMillis()), fxThread.handOvers(), fxThread.worstHandOverMillis());
            System.out.printf(Locale.ROOT, "bench: upload-fx-latency %.1f ms (%d probes; reference while curl "
                    + "uploads and the panel rests %.1f ms, ratio %.2f)%n", queueLatency.worstMillis(),
                    queueLatency.probes(), referenceLatency.worstMillis(),
                    queueLatency.worstMillis() / referenceLatency.worstMillis());
        }
    }

    /**
     * A few files both ways first, panel shown, so that neither side pays the start-up of the JIT (the
     * sandbox runs in this JVM too) and the measured runs compare transfers, not warm-up order.
     */
    private static void warmUp(UploadFixture sandbox, LocalDatabase database, List<Path> files) throws Exception {
        try (UploadQueue queue = new UploadQueue(database.uploadJournal(), sandbox.client, sandbox.uploader,
                CONCURRENCY); BackgroundTasks tasks = new BackgroundTasks(new FxUiExecutor())) {
            String requestId = sandbox.createRequest();
            showPanel(queue, requestId, tasks, new FxThreadProbe());
            queueAll(queue, requestId, files);
        }
        curlAll(sandbox, sandbox.createRequest(), files);
    }

    private static void queueAll(UploadQueue queue, String requestId, List<Path> files) throws InterruptedException {
        DocumentDescription description = new DocumentDescription(DocumentCategory.OTHER, null, null);
        for (Path file : files) {
            if (!queue.enqueue(requestId, file, description).isQueued()) {
                throw new IllegalStateException(file + " was refused");
            }
        }
        queue.awaitIdle(Duration.ofMinutes(30));
    }

    /**
     * Shows the request's upload panel observing the queue during the run, as in the application, so
     * that the stall probe measures the UI's real share of the work.
     */
    private static void showPanel(UploadQueue queue, String requestId, BackgroundTasks tasks, FxThreadProbe probe)
            throws Exception {
        startToolkit();
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Stage stage = new Stage();
            Scene scene = new Scene(new UploadPanel(queue, requestId, tasks, probe.executor(),
                    Clock.systemDefaultZone()), 1180, 560);
            probe.watch(scene);
            scene.getStylesheets().add(ThemeManager.APP_STYLESHEET);
            stage.setScene(scene);
            stage.show();
            shown.complete(null);
        });
        shown.get(30, TimeUnit.SECONDS);
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

    /** The same three steps per file, the transfer by curl, {@value #CONCURRENCY} files at once. */
    private static void curlAll(UploadFixture sandbox, String requestId, List<Path> files) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (Path file : files) {
                sent.add(pool.submit(() -> {
                    MediumDraft draft = sandbox.client.createMedium(new NewMedium("other", requestId,
                            new MediumMeta(file.getFileName().toString(), null, null), "image/png", (long) SIZE));
                    curl(draft, file);
                    sandbox.client.finaliseMedium(draft.medium().id(), MediumFinalisation.online(null, null));
                    return null;
                }));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void curl(MediumDraft draft, Path file) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}"));
        for (Map.Entry<String, String> field : draft.upload().fieldsInOrder().entrySet()) {
            command.add("--form-string");
            command.add(field.getKey() + "=" + field.getValue());
        }
        command.add("-F");
        command.add("file=@" + file + ";type=image/png");
        command.add(draft.upload().url());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String status = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0 || !status.equals("204")) {
            throw new IllegalStateException("curl upload failed: " + status);
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
