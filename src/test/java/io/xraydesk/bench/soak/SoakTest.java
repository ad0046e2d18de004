package io.xraydesk.bench.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.bench.HeapSampler;
import io.xraydesk.bench.SandboxProcess;
import io.xraydesk.testing.SandboxControl;
import io.xraydesk.core.upload.DocumentDescription;
import io.xraydesk.core.upload.TestDocuments;
import io.xraydesk.core.upload.UploadQueue;
import io.xraydesk.core.upload.UploadStatus;
import io.xraydesk.core.watch.FakeClock;
import io.xraydesk.core.watch.FakeScheduler;
import io.xraydesk.core.watch.RequestRecords;
import io.xraydesk.core.watch.RequestWatcher;
import io.xraydesk.core.watch.StageTrail;
import io.xraydesk.core.watch.WatchListener;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.store.UploadState;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Soak: 1,000 watched requests and a stream of uploads through the durable queue for 30 minutes of
 * sandbox time, run in a few minutes of wall time. The sandbox runs in its own JVM (its state grows
 * with every report and object; this JVM must hold only the client side), its time moved forward in
 * 10 s steps together with the watcher's fake clock, while the queue's real workers send one file per
 * step. Heap is measured after a full GC every few steps; threads and open file descriptors at the
 * start and the end of the steady state.
 *
 * <p>Prints {@code bench: soak-heap-growth <pct> %}, {@code bench: soak-threads <start> -> <end>} and
 * {@code bench: soak-fds <start> -> <end>}. Run: {@code ./mvnw -B -Pbench verify -Dtest=SoakTest}.
 */
@Tag("bench")
class SoakTest {

    private static final int REQUESTS = 1000;
    private static final Duration SANDBOX_TIME = Duration.ofMinutes(30);
    private static final Duration STEP = Duration.ofSeconds(10);
    private static final int STEPS = (int) (SANDBOX_TIME.toSeconds() / STEP.toSeconds());
    /** A heap sample every so many steps: 18 over the run, six per third. */
    private static final int SAMPLE_EVERY = 10;
    /** Steps before threads and descriptors are counted: the queue's workers start one per file. */
    private static final int WARM_UP_STEPS = 5;
    /** Keep-alive connections of the HTTP clients open and close with traffic: a few either way is not a leak. */
    private static final int FD_SLACK = 6;
    private static final DocumentDescription OTHER = new DocumentDescription(DocumentCategory.OTHER, null, null);

    @TempDir
    Path dir;

    @Test
    void thirtySandboxMinutesOfWatchingAndUploadingLeaveHeapThreadsAndFilesFlat() throws Exception {
        try (SandboxProcess sandbox = new SandboxProcess(20L * 1024 * 1024);
                LocalDatabase database = LocalDatabase.open(dir.resolve("xraydesk.db"))) {
            SandboxControl control = sandbox.control();
            OctoberClient client = control.client(RetryPolicy.none());
            FakeClock clock = new FakeClock(Instant.now());
            FakeScheduler scheduler = new FakeScheduler(clock);
            // Five times the default budget: a soak at high speed, not a model of a polite client.
            WatchPolicy policy = WatchPolicy.defaults().withCallsPerSecond(10);
            RequestWatcher watcher = new RequestWatcher(client, database,
                    policy, clock, scheduler, new Random(42));
            AtomicLong reportsSeen = new AtomicLong();
            watcher.addListener(new WatchListener() {
                @Override
                public void newReport(AnalysisRequest request, Report report) {
                    reportsSeen.incrementAndGet();
                }
            });
            List<String> requestIds = createWatchedRequests(client, database, clock);

            try (UploadQueue queue = new UploadQueue(database.uploadJournal(), client,
                    control.uploader(RetryPolicy.defaults()), UploadQueue.DEFAULT_CONCURRENCY)) {
                watcher.start();
                List<Long> heap = new ArrayList<>();
                List<Integer> threads = new ArrayList<>();
                int threadsAtStart = 0;
                List<String> threadsNamedAtStart = List.of();
                long fdsAtStart = 0;
                long wallStart = System.nanoTime();
                for (int step = 0; step < STEPS; step++) {
                    Path file = TestDocuments.png(dir, "page-" + step + ".png", 48_000 + step, step);
                    queue.enqueue(requestIds.get(step * 7 % REQUESTS), file, OTHER);
                    control.advance(STEP.toSeconds());
                    scheduler.runFor(STEP);
                    assertTrue(queue.awaitIdle(Duration.ofSeconds(60)), "the step's upload settles");
                    if (step == WARM_UP_STEPS - 1) {
                        // Counted once every pool has reached its size: the steady state is what must stay flat.
                        threadsAtStart = threadCount();
                        threadsNamedAtStart = threadNames();
                        fdsAtStart = openFileDescriptors();
                    }
                    if ((step + 1) % SAMPLE_EVERY == 0) {
                        heap.add(HeapSampler.usedAfterGc());
                        threads.add(threadCount());
                    }
                }
                long wallSeconds = (System.nanoTime() - wallStart) / 1_000_000_000L;
                int threadsAtEnd = threadCount();
                long fdsAtEnd = openFileDescriptors();
                watcher.stop();

                int third = heap.size() / 3;
                double first = heap.subList(0, third).stream().mapToLong(Long::longValue).average().orElseThrow();
                double last = heap.subList(heap.size() - third, heap.size()).stream().mapToLong(Long::longValue)
                        .average().orElseThrow();
                double growth = (last - first) / first * 100;
                long online = requestIds.stream().flatMap(id -> queue.statuses(id).stream())
                        .map(UploadStatus::state).filter(UploadState.ONLINE::equals).count();

                System.out.printf("bench: soak watched=%d sandbox-time=%ds wall=%ds uploads-online=%d/%d "
                        + "reports-seen=%d%n", REQUESTS, SANDBOX_TIME.toSeconds(), wallSeconds, online, STEPS,
                        reportsSeen.get());
                System.out.printf("bench: soak-heap-after-gc MiB %s%n", heap.stream()
                        .map(bytes -> String.format("%.1f", bytes / 1048576.0)).toList());
                System.out.printf("bench: soak-heap-growth %.1f %%%n", growth);
                System.out.printf("bench: soak-threads %d -> %d%n", threadsAtStart, threadsAtEnd);
                System.out.printf("bench: soak-thread-samples %s%n", threads);
                System.out.printf("bench: soak-fds %d -> %d%n", fdsAtStart, fdsAtEnd);
                List<String> added = new ArrayList<>(threadNames());
                threadsNamedAtStart.forEach(added::remove);
                System.out.printf("bench: soak-threads-added %s%n", added);

                assertEquals(STEPS, online, "every upload of the stream is online");
                assertTrue(reportsSeen.get() >= REQUESTS, "the watcher saw the reports come");
                assertTrue(growth < 10, "heap after GC grew " + growth + " % from the first to the last third");
                // The HTTP client's worker pool grows and shrinks with traffic (idle workers leave after a
                // minute): a leak is a count that climbs past every level of the first third, not churn.
                int earlyMost = Math.max(threadsAtStart, threads.subList(0, third).stream()
                        .mapToInt(Integer::intValue).max().orElseThrow());
                assertTrue(threadsAtEnd <= earlyMost, "threads " + threadsAtStart + " -> " + threadsAtEnd
                        + ", samples " + threads);
                assertTrue(fdsAtEnd <= fdsAtStart + FD_SLACK, "file descriptors " + fdsAtStart + " -> " + fdsAtEnd);
            }
        }
    }

    /** The requests, created on the sandbox and recorded as created here, as the request form does. */
    private static List<String> createWatchedRequests(OctoberClient client, LocalDatabase database, FakeClock clock) {
        List<String> ids = new ArrayList<>();
        List<CachedRequest> rows = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            AnalysisRequest request = client.createRequest(new NewRequest(CompanyCode.siren("514673987"),
                    "Company " + i, null, null));
            ids.add(request.id());
            rows.add(RequestRecords.toCached(request, RequestOrigin.CREATED_HERE, StageTrail.EMPTY, clock.instant()));
        }
        database.requestCache().upsertAll(rows);
        return ids;
    }

    private static List<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).sorted().toList();
    }

    private static int threadCount() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    private static long openFileDescriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }
}
