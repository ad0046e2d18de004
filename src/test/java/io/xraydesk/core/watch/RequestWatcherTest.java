package io.xraydesk.core.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.AuthenticationException;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import io.xraydesk.core.xray.CachedRequestFacts;
import io.xraydesk.core.xray.XRayStatus;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.RequestOrigin;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher against a real sandbox over loopback HTTP, on a fake clock. */
class RequestWatcherTest {

    @TempDir
    Path folder;

    private SandboxFixture fixture;
    private final List<String> events = new CopyOnWriteArrayList<>();

    private SandboxFixture start(WatchPolicy policy) {
        fixture = new SandboxFixture(folder, policy.withJitter(0));
        fixture.watcher.addListener(new Recorder());
        return fixture;
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void intervalDoublesWhileQuietAndIsFastAgainWhenAReportArrives() {
        // Without the heartbeat, which would poll every 4 s whatever the request's own pace.
        start(WatchPolicy.defaults().withHeartbeat(Duration.ZERO));
        AnalysisRequest request = fixture.createWatched("514673987", "ACME SAS");
        fixture.watcher.start();

        fixture.scheduler.runFor(Duration.ofSeconds(1));
        assertEquals(Duration.ofSeconds(10), interval(request), "first quiet poll doubles 5 s");
        fixture.scheduler.runFor(Duration.ofSeconds(10));
        assertEquals(Duration.ofSeconds(20), interval(request));
        fixture.scheduler.runFor(Duration.ofMinutes(10));
        assertEquals(Duration.ofMinutes(2), interval(request), "capped at the maximum");
        long pollsInTenQuietMinutes = countReportsCalls();
        fixture.http.clear();
        fixture.scheduler.runFor(Duration.ofMinutes(10));
        assertEquals(5, countReportsCalls(), "one poll per 2 min once quiet");

        fixture.advanceSandbox(Duration.ofSeconds(95)); // ESG reports at 90 s of sandbox time
        for (int second = 0; second < 130 && !events.contains("report esg ACME SAS"); second++) {
            fixture.scheduler.runFor(Duration.ofSeconds(1));
        }
        assertTrue(events.contains("report esg ACME SAS"), events.toString());
        fixture.scheduler.runFor(Duration.ofSeconds(1));
        assertEquals(Duration.ofSeconds(5), interval(request), "back to fast on a change");
        assertTrue(pollsInTenQuietMinutes < 15, "slowed down: " + pollsInTenQuietMinutes);

        CachedRequest cached = fixture.database.requestCache().find(request.id()).orElseThrow();
        // Created without notes, the company's workforce is unknown: its ESG X-Ray comes out not rated.
        assertEquals(XRayStatus.NOT_RATED, CachedRequestFacts.outcomes(fixture.database, cached).get(Source.ESG)
                .status());
        assertEquals(1, fixture.database.reportCache().forRequest(request.id()).size());
    }

    @Test
    void nudgePollsAtOnceAndFast() {
        // Without the heartbeat, whose last call could still hold one of the budget's two tokens.
        start(WatchPolicy.defaults().withHeartbeat(Duration.ZERO));
        AnalysisRequest request = fixture.createWatched("514673987", "ACME SAS");
        fixture.watcher.start();
        fixture.scheduler.runFor(Duration.ofMinutes(10));
        fixture.http.clear();

        fixture.watcher.nudge(request.id());
        fixture.scheduler.runFor(Duration.ofMillis(100));
        assertEquals(List.of("GET /requests/" + request.id(), "GET /reports"), paths());
        assertEquals(Duration.ofSeconds(10), interval(request), "fast again, doubled after one quiet poll");
    }

    @Test
    void aWatcherLimitedToSomeRequestsPollsThoseAloneAndTheOthersOnceAllowed() {
        // In a team without a relay, each desktop polls the requests it holds the lease of (docs/team.md).
        start(WatchPolicy.defaults().withHeartbeat(Duration.ZERO));
        AnalysisRequest mine = fixture.createWatched("514673987", "ACME SAS");
        AnalysisRequest theirs = fixture.createWatched("514673987", "Other SAS");
        Set<String> allowed = new CopyOnWriteArraySet<>(List.of(mine.id()));
        fixture.watcher.limitTo(allowed::contains);
        fixture.watcher.start();
        fixture.scheduler.runFor(Duration.ofMinutes(10));
        assertTrue(paths().contains("GET /requests/" + mine.id()), paths().toString());
        assertFalse(paths().contains("GET /requests/" + theirs.id()), "another desktop polls it: " + paths());

        allowed.add(theirs.id()); // the other desktop's lease expired and this one took it over
        fixture.scheduler.runFor(Duration.ofMinutes(10));
        assertTrue(paths().contains("GET /requests/" + theirs.id()), paths().toString());
    }

    @Test
    void aWatcherLeftNoRequestToPollWaitsQuietlyThoughTheirReportsAreAwaited() {
        // With the heartbeat: a heartbeat owed for another member's requests is never sent, so it must not
        // wake the pump over and over (the fake scheduler would then never reach the end of the minute).
        start(WatchPolicy.defaults());
        AnalysisRequest theirs = fixture.createWatched("514673987", "ACME SAS");
        Set<String> allowed = new CopyOnWriteArraySet<>();
        fixture.watcher.limitTo(allowed::contains);
        fixture.watcher.start();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> fixture.scheduler.runFor(Duration.ofMinutes(1)));
        assertTrue(paths().stream().noneMatch(call -> call.startsWith("GET")), "another member polls it: " + paths());

        allowed.add(theirs.id());
        fixture.scheduler.runFor(Duration.ofSeconds(10));
        assertTrue(paths().contains("GET /requests/" + theirs.id()), "taken over within a fast interval: " + paths());
    }

    @Test
    void oneThousandWatchedRequestsStayWithinTheBudget() {
        start(WatchPolicy.defaults());
        List<CachedRequest> known = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            AnalysisRequest request = fixture.createRequest("514673987", "Company " + i, null);
            known.add(RequestRecords.toCached(request, RequestOrigin.CREATED_HERE, StageTrail.EMPTY,
                    fixture.clock.instant()));
        }
        fixture.database.requestCache().upsertAll(known);
        fixture.http.clear();
        fixture.watcher.start();
        fixture.scheduler.runFor(Duration.ofMinutes(10));

        List<CountingHttpClient.Sent> sent = fixture.http.sent();
        // 2 per second plus the one second of burst the bucket holds.
        assertTrue(sent.size() <= 2 * 600 + 2, "calls: " + sent.size());
        assertTrue(sent.size() >= 2 * 600 * 95 / 100, "the budget is used, not wasted: " + sent.size());
        for (int i = 0; i + 4 < sent.size(); i++) {
            Duration fiveCalls = Duration.between(sent.get(i).at(), sent.get(i + 4).at());
            assertTrue(fiveCalls.compareTo(Duration.ofMillis(1500)) >= 0, "burst at call " + i + ": " + fiveCalls);
        }
        assertEquals(1000, fixture.watcher.watchedCount());
    }

    @Test
    void retryAfterPausesEveryCallForTheTimeAsked() {
        start(WatchPolicy.defaults());
        fixture.createWatched("514673987", "ACME SAS");
        fixture.createWatched("732829320", "Beta SARL");
        fixture.fault("{\"kind\":\"status429\",\"path\":\"/reports\",\"count\":1,\"retryAfterSeconds\":30}");
        fixture.watcher.start();
        fixture.scheduler.runFor(Duration.ofSeconds(31));

        List<CountingHttpClient.Sent> sent = fixture.http.sent();
        int limited = indexOfFirst(sent, "/reports");
        CountingHttpClient.Sent after = sent.get(limited + 1);
        assertEquals(Duration.ofSeconds(30), Duration.between(sent.get(limited).at(), after.at()));
        assertEquals("/reports", after.path(), "the refused call is the one tried again");
    }

    @Test
    void offlineBacksOffAndResumesByItself() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        FakeClock clock = new FakeClock(java.time.Instant.parse("2026-01-05T09:00:00Z"));
        FakeScheduler scheduler = new FakeScheduler(clock);
        CountingHttpClient http = new CountingHttpClient(clock);
        try (LocalDatabase database = LocalDatabase.open(folder.resolve("offline.db"))) {
            RequestWatcher watcher = new RequestWatcher(
                    SandboxFixture.clientFor(java.net.URI.create("http://127.0.0.1:" + port), http),
                    database, WatchPolicy.defaults().withJitter(0), clock,
                    scheduler, new Random(1));
            watcher.addListener(new Recorder());
            watcher.start();
            watcher.watch("635107e452436f15d3b39d87", RequestOrigin.OPENED_BY_ID);
            scheduler.runFor(Duration.ofMinutes(5));

            assertEquals(List.of(), events);
            // 0, 5, 15, 35, 75, 135, 195, 255 s: backoff doubling to one minute, not a call per second.
            assertEquals(8, http.sent().size(), http.sent().toString());

            try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.builder().apiPort(port).build())) {
                AnalysisRequest created = SandboxFixture.clientFor(sandbox.apiBaseUri(), http)
                        .createRequest(io.xraydesk.api.model.NewRequest.of(
                                io.xraydesk.api.model.CompanyCode.siren("514673987")));
                watcher.nudge(created.id());
                scheduler.runFor(Duration.ofMinutes(1));
                assertTrue(database.requestCache().find(created.id()).isPresent(), "polling resumed by itself");
            }
            watcher.stop();
        }
    }

    @Test
    void aRefusedTokenStopsPollingAndSaysSo() {
        start(WatchPolicy.defaults());
        fixture.createWatched("514673987", "ACME SAS");
        fixture.revokeDemoUser();
        fixture.http.clear();
        fixture.watcher.start();
        fixture.scheduler.runFor(Duration.ofMinutes(10));

        assertEquals(1, fixture.http.sent().size(), "no call after the 401");
        assertTrue(events.contains("auth lost"), events.toString());
        assertEquals(0, fixture.scheduler.pending());
    }

    @Test
    void aRequestWithItsFiveXRaysDropsToTheSlowCheck() {
        start(WatchPolicy.defaults());
        AnalysisRequest request = fixture.createRequest("514673987", "ACME SAS", SandboxFixture.someNotes());
        fixture.watcher.watch(request.id(), RequestOrigin.CREATED_HERE);
        fixture.upload(request.id(), "bank_statement");
        fixture.advanceSandbox(Duration.ofMinutes(4));
        fixture.watcher.start();
        fixture.scheduler.runFor(Duration.ofMinutes(1));
        assertEquals(5, events.stream().filter(e -> e.startsWith("report ")).count(), events.toString());

        fixture.scheduler.runFor(Duration.ofMinutes(10));
        assertEquals(Duration.ofMinutes(15), interval(request));
        fixture.http.clear();
        fixture.scheduler.runFor(Duration.ofMinutes(30));
        assertTrue(countReportsCalls() <= 2, "slow check: " + countReportsCalls());
    }

    @Test
    void aDocumentSentMakesItsXRaysPendingAndTheConnectionMatterUntilTheyReport() {
        start(WatchPolicy.defaults());
        AnalysisRequest request = fixture.createWatched("514673987", "ACME SAS");
        fixture.watcher.start();
        fixture.advanceSandbox(Duration.ofMinutes(3));
        fixture.scheduler.runFor(Duration.ofMinutes(5));
        assertEquals(XRayStatus.AWAITING_DOCUMENTS, state(request, Source.BANK));
        assertFalse(fixture.watcher.needsPolling(), "ESG and Manager are in, nothing else was sent");

        fixture.uploadJournalled(request.id(), "bank_statement");
        fixture.http.clear();
        fixture.watcher.nudge(request.id());
        assertEquals(XRayStatus.PENDING, state(request, Source.BANK), "the journal says it was sent");
        fixture.scheduler.runFor(Duration.ofMillis(100));
        assertEquals("/requests/" + request.id(), fixture.http.sent().get(0).path(), "nudged");
        assertTrue(fixture.watcher.needsPolling(), "a Bank report is known to be coming");

        fixture.advanceSandbox(Duration.ofSeconds(155));
        fixture.scheduler.runFor(Duration.ofMinutes(1));
        assertTrue(Set.of(XRayStatus.READY, XRayStatus.NOT_RATED).contains(state(request, Source.BANK)));
        assertFalse(fixture.watcher.needsPolling());
    }

    private XRayStatus state(AnalysisRequest request, Source source) {
        return CachedRequestFacts.outcomes(fixture.database, fixture.database.requestCache().find(request.id())
                .orElseThrow()).get(source).status();
    }

    @Test
    void anUnknownRequestIsDroppedAndReported() {
        start(WatchPolicy.defaults());
        fixture.watcher.nudge("635107e452436f15d3b39d87");
        fixture.watcher.start();
        fixture.scheduler.runFor(Duration.ofSeconds(5));
        assertFalse(fixture.watcher.isWatching("635107e452436f15d3b39d87"));
        assertTrue(events.contains("unavailable 635107e452436f15d3b39d87"), events.toString());
    }

    private Duration interval(AnalysisRequest request) {
        return fixture.watcher.currentInterval(request.id()).orElseThrow();
    }

    private long countReportsCalls() {
        return fixture.http.count("/reports");
    }

    private List<String> paths() {
        List<String> out = new ArrayList<>();
        fixture.http.sent().forEach(s -> out.add(s.method() + " " + s.path()));
        return out;
    }

    private static int indexOfFirst(List<CountingHttpClient.Sent> sent, String path) {
        for (int i = 0; i < sent.size(); i++) {
            if (sent.get(i).path().equals(path)) {
                return i;
            }
        }
        throw new AssertionError("no call to " + path);
    }

    private final class Recorder implements WatchListener {
        @Override
        public void requestChanged(AnalysisRequest request) {
            events.add("changed " + request.id() + " " + request.status());
        }

        @Override
        public void newReport(AnalysisRequest request, Report report) {
            events.add("report " + report.source() + " " + request.businessName());
        }

        @Override
        public void authenticationLost(AuthenticationException failure) {
            events.add("auth lost");
        }

        @Override
        public void requestUnavailable(String requestId) {
            events.add("unavailable " + requestId);
        }
    }
}
