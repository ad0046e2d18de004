package io.xraydesk.bench.watch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.watch.CountingHttpClient;
import io.xraydesk.core.watch.RequestRecords;
import io.xraydesk.core.watch.SandboxFixture;
import io.xraydesk.core.watch.StageTrail;
import io.xraydesk.core.watch.WatchListener;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.RequestOrigin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 1,000 watched requests for 10 minutes of fake-clock time against the sandbox, whose time is moved
 * in step (its own speed is near zero). Every request reports ESG at 90 s and Manager at 120 s after
 * creation. Counts HTTP calls on the wire per second window, and how long after its creation each
 * report was seen. Prints {@code bench: …} lines.
 *
 * <p>Run: {@code ./mvnw -B -q test-compile} then {@code java -Dsun.net.httpserver.nodelay=true -cp <test
 * classpath> io.xraydesk.bench.watch.WatcherBenchmark}
 * (the surefire configuration excludes the {@code bench} tag).
 */
@Tag("bench")
class WatcherBenchmark {

    private static final int REQUESTS = 1000;
    private static final Duration RUN = Duration.ofMinutes(10);

    public static void main(String[] args) throws Exception {
        new WatcherBenchmark().thousandRequestsTenMinutes();
    }

    @Test
    void thousandRequestsTenMinutes() throws Exception {
        Path folder = Files.createTempDirectory("xraydesk-bench");
        WatchPolicy policy = WatchPolicy.defaults();
        try (SandboxFixture fixture = new SandboxFixture(folder, policy,
                SandboxConfig.builder().speed(1e-6).build())) {
            Map<String, Instant> createdAt = new HashMap<>();
            List<CachedRequest> rows = new ArrayList<>();
            Instant start = fixture.clock.instant();
            for (int i = 0; i < REQUESTS; i++) {
                AnalysisRequest request = fixture.createRequest("514673987", "Company " + i, null);
                createdAt.put(request.id(), request.createdAt().toInstant());
                rows.add(RequestRecords.toCached(request, RequestOrigin.CREATED_HERE, StageTrail.EMPTY, start));
            }
            fixture.database.requestCache().upsertAll(rows);
            fixture.http.clear();

            Map<String, Duration> latency = new ConcurrentHashMap<>();
            fixture.watcher.addListener(new WatchListener() {
                @Override
                public void newReport(AnalysisRequest request, Report report) {
                    Duration sinceCreation = Duration.between(createdAt.get(report.request()),
                            report.createdAt().toInstant());
                    Instant due = start.plus(sinceCreation);
                    latency.put(report.id(), Duration.between(due, fixture.clock.instant()));
                }
            });
            long wallStart = System.nanoTime();
            fixture.watcher.start();
            for (long second = 0; second < RUN.toSeconds(); second++) {
                fixture.advanceSandbox(Duration.ofSeconds(1));
                fixture.scheduler.runFor(Duration.ofSeconds(1));
            }
            long wallMillis = (System.nanoTime() - wallStart) / 1_000_000;

            List<CountingHttpClient.Sent> sent = fixture.http.sent();
            int worstWindow = worstTenSecondWindow(sent, start);
            double budget = policy.callsPerSecond();
            List<Long> seconds = latency.values().stream().map(Duration::toSeconds).sorted().toList();
            // With one reports call per poll (the request itself every 4th poll or on a change), the
            // budget lets each of N requests be polled every ~N / budget seconds at best.
            long budgetCycle = Math.round(REQUESTS / budget);
            System.out.printf("bench: watched=%d fake-time=%ds wall=%dms%n", REQUESTS, RUN.toSeconds(), wallMillis);
            System.out.printf("bench: http-calls=%d (budget %.0f/s → max %d) worst-10s-window=%d (max %d)%n",
                    sent.size(), budget, (long) (budget * RUN.toSeconds()) + 2, worstWindow, (long) (budget * 10) + 2);
            System.out.printf("bench: reports-seen=%d of %d produced; latency s: p50=%d p95=%d max=%d%n",
                    seconds.size(), 2 * REQUESTS, percentile(seconds, 50), percentile(seconds, 95),
                    seconds.isEmpty() ? -1 : seconds.get(seconds.size() - 1));
            System.out.printf("bench: budget-bound polling cycle ≈ %ds for %d requests (policy max interval %ds)%n",
                    budgetCycle, REQUESTS, policy.maxInterval().toSeconds());
            assertTrue(sent.size() <= budget * RUN.toSeconds() + 2, "over budget: " + sent.size());
            assertTrue(worstWindow <= budget * 10 + 2, "burst over budget: " + worstWindow);
            long bound = budgetCycle + policy.maxInterval().toSeconds();
            assertTrue(seconds.isEmpty() || seconds.get(seconds.size() - 1) <= bound,
                    "a report waited longer than one budget-bound cycle: " + seconds);
        }
    }

    private static int worstTenSecondWindow(List<CountingHttpClient.Sent> sent, Instant start) {
        Map<Long, Integer> perWindow = new HashMap<>();
        for (CountingHttpClient.Sent s : sent) {
            perWindow.merge(Duration.between(start, s.at()).toSeconds() / 10, 1, Integer::sum);
        }
        return perWindow.values().stream().max(Integer::compare).orElse(0);
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
