package io.xraydesk.bench.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.bench.HeapSampler;
import io.xraydesk.bench.Samples;
import io.xraydesk.core.upload.DocumentDescription;
import io.xraydesk.core.upload.UploadQueue;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.UploadState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rounds of the same files through the queue, then through {@link CurlUploads}, on one sandbox, at the
 * same concurrency: alternating, so that a slower moment of the machine weighs on both sides of a
 * round's ratio. No panel is shown: what is compared is the sending.
 */
final class QueueAgainstCurl {

    private static final double MIB = 1024.0 * 1024.0;

    private final BenchSandbox sandbox;
    private final LocalDatabase database;
    private final List<Path> files;
    private final int concurrency;

    QueueAgainstCurl(BenchSandbox sandbox, LocalDatabase database, List<Path> files, int concurrency) {
        this.sandbox = sandbox;
        this.database = database;
        this.files = files;
        this.concurrency = concurrency;
    }

    Result run(int rounds) throws Exception {
        Result result = new Result(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int round = 0; round < rounds; round++) {
            String queueRequest = sandbox.createRequest();
            try (UploadQueue queue = new UploadQueue(database.uploadJournal(), sandbox.client, sandbox.uploader,
                    concurrency)) {
                long heapBefore = HeapSampler.usedAfterGc();
                long start = System.nanoTime();
                double cpuStart = ClientCpu.seconds();
                queueAll(queue, queueRequest, files);
                result.queueSeconds.add((System.nanoTime() - start) / 1e9);
                result.queueCpu.add(ClientCpu.seconds() - cpuStart);
                result.heapGrowthMb = Math.max(result.heapGrowthMb, (HeapSampler.usedAfterGc() - heapBefore) / MIB);
            }
            assertAllOnline(database, queueRequest, files.size());

            String curlRequest = sandbox.createRequest();
            long start = System.nanoTime();
            double cpuStart = ClientCpu.seconds();
            FxThreadProbe.Latency reference = FxThreadProbe.latencyDuring(
                    () -> CurlUploads.sendAll(sandbox, curlRequest, files, concurrency));
            result.curlSeconds.add((System.nanoTime() - start) / 1e9);
            result.curlCpu.add(ClientCpu.seconds() - cpuStart);
            result.referenceLatencyMs = Math.max(result.referenceLatencyMs, reference.worstMillis());
            assertEquals(files.size(), sandbox.onlineSha256(curlRequest).size(), "every file online through curl");
        }
        return result;
    }

    /** Queues every file (checks included) and waits until the queue is idle. */
    static void queueAll(UploadQueue queue, String requestId, List<Path> files) throws InterruptedException {
        DocumentDescription description = new DocumentDescription(DocumentCategory.OTHER, null, null);
        for (Path file : files) {
            if (!queue.enqueue(requestId, file, description).isQueued()) {
                throw new IllegalStateException(file + " was refused");
            }
        }
        queue.awaitIdle(Duration.ofMinutes(30));
    }

    static void assertAllOnline(LocalDatabase database, String requestId, int files) {
        long online = database.uploadJournal().forRequest(requestId).stream()
                .filter(item -> item.state() == UploadState.ONLINE).count();
        assertEquals(files, online, "every file online through the queue");
    }

    /** What the rounds measured; heap growth is the largest of the queue runs. */
    static final class Result {
        final List<Double> queueSeconds;
        final List<Double> curlSeconds;
        final List<Double> queueCpu;
        final List<Double> curlCpu;
        double heapGrowthMb;
        /** The JavaFX thread's worst answer time while curl uploads: the machine's own latency. */
        double referenceLatencyMs;

        private Result(List<Double> queueSeconds, List<Double> curlSeconds, List<Double> queueCpu,
                List<Double> curlCpu) {
            this.queueSeconds = queueSeconds;
            this.curlSeconds = curlSeconds;
            this.queueCpu = queueCpu;
            this.curlCpu = curlCpu;
        }

        /** Each round's queue time over its curl time. */
        List<Double> ratios() {
            List<Double> ratios = new ArrayList<>();
            for (int round = 0; round < queueSeconds.size(); round++) {
                ratios.add(queueSeconds.get(round) / curlSeconds.get(round));
            }
            return ratios;
        }

        /**
         * Prints times, ratio and CPU as {@code bench: <name>…} lines; {@code link} says how S3 was reached,
         * {@code goalRatio} the ratio to curl aimed at over that link.
         */
        void print(String name, String link, double goalRatio) {
            System.out.printf(Locale.ROOT, "bench: %s-queue-50x20MB %.2f s (%s; median of %s)%n", name,
                    Samples.median(queueSeconds), link, Samples.listed(queueSeconds));
            System.out.printf(Locale.ROOT, "bench: %s-curl-50x20MB %.2f s (%s; median of %s)%n", name,
                    Samples.median(curlSeconds), link, Samples.listed(curlSeconds));
            System.out.printf(Locale.ROOT, "bench: %s-queue/curl ratio %.2f (goal <= %.2f; %s; median of the rounds' "
                    + "ratios %s)%n", name, Samples.median(ratios()), goalRatio, link, Samples.listed(ratios()));
            System.out.printf(Locale.ROOT, "bench: %s-client-cpu queue %.2f s, curl %.2f s (CPU time of the sending "
                    + "side per run, medians; %s; the queue's includes the checks and the SHA-256 of the bytes it "
                    + "sends)%n", name, Samples.median(queueCpu), Samples.median(curlCpu), ClientCpu.countsChildren()
                            ? "curl's processes included" : "curl's processes NOT counted on this system");
        }
    }
}
