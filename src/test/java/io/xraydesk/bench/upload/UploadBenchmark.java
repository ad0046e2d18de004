package io.xraydesk.bench.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlantafx.base.theme.PrimerLight;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.S3Uploader;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.MediumDraft;
import io.xraydesk.api.model.MediumFinalisation;
import io.xraydesk.api.model.MediumMeta;
import io.xraydesk.api.model.NewMedium;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.bench.SandboxProcess;
import io.xraydesk.core.upload.DocumentDescription;
import io.xraydesk.core.upload.TestDocuments;
import io.xraydesk.core.upload.UploadFixture;
import io.xraydesk.core.upload.UploadQueue;
import io.xraydesk.sandbox.SandboxConfig;
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
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
 * finalisation), in the same run on the same sandbox (in its own JVM), five rounds each way,
 * alternating. Prints both median times, their ratio (goal ≤ 1.2), the heap growth of the queue runs
 * (goal < 32 MB); then three more queue runs with the request's upload panel following them, and what
 * that costs the JavaFX thread (see {@link FxThreadProbe}; goal: never busy 50 ms in one go). The
 * queue's time includes what curl does not do: the checks and SHA-256 of every file, and the journal
 * writes.
 */
@Tag("bench")
class UploadBenchmark {

    private static final int FILES = 50;
    /** 20 MB, below the 20 MiB limit of the sandbox and the inspector. */
    private static final int SIZE = 20_000_000;
    private static final int CONCURRENCY = 3;
    /** Measured rounds, each a queue run then a curl run; medians are printed. */
    private static final int ROUNDS = 5;
    /** Queue runs with the upload panel shown, for the JavaFX thread's figures. */
    private static final int PANEL_ROUNDS = 3;
    /** Panels shown and filled with small files before measuring, until the UI code is compiled. */
    private static final int PANEL_WARM_UP_ROUNDS = 20;
    private static final int PANEL_WARM_UP_FILES = 10;
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
        try (Sandbox sandbox = new Sandbox(); LocalDatabase database = UploadFixture.database(dir)) {
            FxThreadProbe fxThread = new FxThreadProbe();
            Scene window = showWindow(fxThread);
            warmUp(sandbox, database, files, window, fxThread);
            warmUpPanel(sandbox, database, smallFiles(dir), window, fxThread);

            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            List<Double> queueSeconds = new ArrayList<>();
            List<Double> curlSeconds = new ArrayList<>();
            List<Double> queueCpu = new ArrayList<>();
            List<Double> curlCpu = new ArrayList<>();
            double heapGrowth = 0;
            double referenceLatency = 0;
            // The queue alone against curl, alternating: one run each way is at the mercy of whatever
            // else the machine does. The panel is not shown: its cost is measured below, on its own,
            // as this machine draws it in software, which a workstation's graphics card does not.
            showNothing(window);
            for (int round = 0; round < ROUNDS; round++) {
                String queueRequest = sandbox.createRequest();
                try (UploadQueue queue = new UploadQueue(database.uploadJournal(), sandbox.client, sandbox.uploader,
                        CONCURRENCY)) {
                    long heapBefore = usedAfterGc(memory);
                    long start = System.nanoTime();
                    double cpuStart = ClientCpu.seconds();
                    queueAll(queue, queueRequest, files);
                    queueSeconds.add((System.nanoTime() - start) / 1e9);
                    queueCpu.add(ClientCpu.seconds() - cpuStart);
                    heapGrowth = Math.max(heapGrowth, (usedAfterGc(memory) - heapBefore) / MIB);
                }
                assertAllOnline(database, queueRequest);

                String curlRequest = sandbox.createRequest();
                long curlStart = System.nanoTime();
                double cpuStart = ClientCpu.seconds();
                FxThreadProbe.Latency reference = FxThreadProbe.latencyDuring(() -> curlAll(sandbox, curlRequest, files));
                curlSeconds.add((System.nanoTime() - curlStart) / 1e9);
                curlCpu.add(ClientCpu.seconds() - cpuStart);
                referenceLatency = Math.max(referenceLatency, reference.worstMillis());
                assertEquals(FILES, sandbox.onlineSha256(curlRequest).size(), "every file online through curl");
            }

            // The same queue runs with the request's upload panel following them.
            List<Double> panelSeconds = new ArrayList<>();
            FxThreadProbe.Pulse worstOpening = new FxThreadProbe.Pulse(0, 0);
            double panelLatency = 0;
            long probes = 0;
            for (int round = 0; round < PANEL_ROUNDS; round++) {
                String queueRequest = sandbox.createRequest();
                try (UploadQueue queue = new UploadQueue(database.uploadJournal(), sandbox.client, sandbox.uploader,
                        CONCURRENCY); BackgroundTasks tasks = new BackgroundTasks(new FxUiExecutor())) {
                    FxThreadProbe.Pulse opening = showPanel(window, queue, queueRequest, tasks, fxThread);
                    if (opening.elapsedMillis() > worstOpening.elapsedMillis()) {
                        worstOpening = opening;
                    }
                    long start = System.nanoTime();
                    FxThreadProbe.Latency latency = fxThread.record(() -> queueAll(queue, queueRequest, files));
                    panelSeconds.add((System.nanoTime() - start) / 1e9);
                    panelLatency = Math.max(panelLatency, latency.worstMillis());
                    probes += latency.probes();
                }
                assertAllOnline(database, queueRequest);
            }

            double queueMedian = median(queueSeconds);
            double curlMedian = median(curlSeconds);
            System.out.printf(Locale.ROOT, "bench: upload-queue-50x20MB %.2f s (median of %s)%n", queueMedian,
                    seconds(queueSeconds));
            System.out.printf(Locale.ROOT, "bench: upload-curl-50x20MB %.2f s (median of %s)%n", curlMedian,
                    seconds(curlSeconds));
            // Each queue run against the curl run right after it, so that a slower moment of the machine
            // weighs on both sides of a ratio.
            List<Double> ratios = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                ratios.add(queueSeconds.get(round) / curlSeconds.get(round));
            }
            System.out.printf(Locale.ROOT, "bench: upload-queue/curl ratio %.2f (goal <= 1.2; median of the rounds' "
                    + "ratios %s)%n", median(ratios), seconds(ratios));
            System.out.printf(Locale.ROOT, "bench: upload-client-cpu queue %.2f s, curl %.2f s (CPU time of the "
                    + "sending side per run, medians; %s; the queue's includes the SHA-256 of every file)%n",
                    median(queueCpu), median(curlCpu), ClientCpu.countsChildren() ? "curl's processes included"
                            : "curl's processes NOT counted on this system");
            System.out.printf(Locale.ROOT, "bench: upload-queue heap growth %.1f MB (goal < 32 MB; the largest of "
                    + "%d runs)%n", heapGrowth, ROUNDS);
            System.out.printf(Locale.ROOT, "bench: upload-queue-with-panel-50x20MB %.2f s (median of %s; software "
                    + "drawing of the panel included)%n", median(panelSeconds), seconds(panelSeconds));
            System.out.printf(Locale.ROOT, "bench: upload-fx-busy-cpu %.1f ms (goal < 50 ms; the longest CSS and "
                    + "layout pass of %d pulses, in CPU time of the JavaFX thread)%n",
                    fxThread.worstBusyCpuMillis(), fxThread.pulses());
            System.out.printf(Locale.ROOT, "bench: upload-fx-busy-elapsed %.1f ms (the same pulses in elapsed time; "
                    + "longest of %d hand-overs of queue news %.1f ms)%n", Math.max(fxThread.worstPulseMillis(),
                    fxThread.worstHandOverMillis()), fxThread.handOvers(), fxThread.worstHandOverMillis());
            System.out.printf(Locale.ROOT, "bench: upload-panel-opening %.1f ms (CPU %.1f ms; the CSS and layout pass "
                    + "that first shows the panel, the longest of %d openings, before each run)%n",
                    worstOpening.elapsedMillis(), worstOpening.cpuMillis(), PANEL_ROUNDS);
            System.out.printf(Locale.ROOT, "bench: upload-fx-latency %.1f ms (worst of %d probes; reference while "
                    + "curl uploads and the panel rests %.1f ms)%n", panelLatency, probes, referenceLatency);
        }
    }

    private static void assertAllOnline(LocalDatabase database, String requestId) {
        long online = database.uploadJournal().forRequest(requestId).stream()
                .filter(item -> item.state() == UploadState.ONLINE).count();
        assertEquals(FILES, online, "every file online through the queue");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String seconds(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).collect(Collectors.joining(" "));
    }

    /**
     * One whole run both ways first, panel shown, so that neither side pays the start-up of the JIT (in
     * the sandbox's JVM too) and the measured runs compare transfers, not warm-up order. The
     * window stays: as in the application, whose window lives on while the analyst opens requests, the
     * measured panel does not pay for the first styling of a new window.
     */
    private static void warmUp(Sandbox sandbox, LocalDatabase database, List<Path> files, Scene window,
            FxThreadProbe probe) throws Exception {
        try (UploadQueue queue = new UploadQueue(database.uploadJournal(), sandbox.client, sandbox.uploader,
                CONCURRENCY); BackgroundTasks tasks = new BackgroundTasks(new FxUiExecutor())) {
            String requestId = sandbox.createRequest();
            showPanel(window, queue, requestId, tasks, probe);
            queueAll(queue, requestId, files);
        }
        curlAll(sandbox, sandbox.createRequest(), files);
    }

    /**
     * Panels filled with small files, round after round: the measured run then sees the panel's code
     * compiled, as after a few minutes of use, not interpreted as in the first seconds after start.
     */
    private static void warmUpPanel(Sandbox sandbox, LocalDatabase database, List<Path> files, Scene window,
            FxThreadProbe probe) throws Exception {
        for (int round = 0; round < PANEL_WARM_UP_ROUNDS; round++) {
            try (UploadQueue queue = new UploadQueue(database.uploadJournal(), sandbox.client, sandbox.uploader,
                    CONCURRENCY); BackgroundTasks tasks = new BackgroundTasks(new FxUiExecutor())) {
                String requestId = sandbox.createRequest();
                showPanel(window, queue, requestId, tasks, probe);
                queueAll(queue, requestId, files);
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

    private static void queueAll(UploadQueue queue, String requestId, List<Path> files) throws InterruptedException {
        DocumentDescription description = new DocumentDescription(DocumentCategory.OTHER, null, null);
        for (Path file : files) {
            if (!queue.enqueue(requestId, file, description).isQueued()) {
                throw new IllegalStateException(file + " was refused");
            }
        }
        queue.awaitIdle(Duration.ofMinutes(30));
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
        return probe.pulseAfter(() -> ((StackPane) window.getRoot()).getChildren().setAll(
                new UploadPanel(queue, requestId, tasks, probe.executor(), Clock.systemDefaultZone())));
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

    /** The same three steps per file, the transfer by curl, {@value #CONCURRENCY} files at once. */
    private static void curlAll(Sandbox sandbox, String requestId, List<Path> files) throws Exception {
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

    /**
     * The sandbox in a JVM of its own, as the API and S3 are on other machines for the application:
     * what this JVM measures (the JavaFX thread's pulses, the heap) is the client's alone, without the
     * sandbox's own threads, garbage and collections in it. It still shares this machine's cores.
     */
    private static final class Sandbox implements AutoCloseable {

        private final SandboxProcess process = new SandboxProcess(SandboxConfig.DEFAULT_MAX_UPLOAD_BYTES);
        final OctoberClient client = process.control().client(RetryPolicy.defaults());
        final S3Uploader uploader = process.control().uploader(RetryPolicy.defaults());

        Sandbox() throws IOException {
        }

        String createRequest() {
            return client.createRequest(NewRequest.of(CompanyCode.siren("514673987"))).id();
        }

        List<String> onlineSha256(String requestId) {
            return process.control().onlineSha256(requestId);
        }

        @Override
        public void close() throws InterruptedException {
            process.close();
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
