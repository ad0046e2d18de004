package io.xraydesk.bench.team;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.api.model.Source;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.core.requests.SandboxSessions;
import io.xraydesk.core.team.TeamMirror;
import io.xraydesk.core.watch.RequestRecords;
import io.xraydesk.core.watch.StageTrail;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.store.AppPaths;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.store.Settings;
import io.xraydesk.store.TeamDatabase;
import io.xraydesk.testing.PostgresServer;
import io.xraydesk.testing.TeamDesktop;
import io.xraydesk.testing.TeamFixture;
import io.xraydesk.ui.TestContexts;
import io.xraydesk.ui.context.SessionWork;
import io.xraydesk.ui.dashboard.RequestRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The team's API calls per minute for 2,000 watched requests with 1, 10 and 50 desktops, against each
 * desktop polling on its own as without a team (docs/team.md, "What a team costs the API"), measured in
 * one run on the sandbox's count of API calls; then the delay from October's webhook to a desktop's
 * requests list. Each desktop is the application's real session work (watcher, team session, mirror)
 * with a data folder and a workstation identity of its own, all in this JVM. The sandbox's time stands
 * still while calls are counted, so only polling is counted. Prints {@code bench: …} lines; asserts
 * nothing about figures.
 */
@Tag("bench")
class TeamPollingBenchmark {

    private static final int REQUESTS = 2000;
    private static final int[] DESKTOPS = {1, 10, 50};
    /** Each count runs this long, after {@link #SETTLE}, and is scaled to a minute. */
    private static final Duration WINDOW = Duration.ofSeconds(20);
    private static final Duration SETTLE = Duration.ofSeconds(5);

    @Test
    void apiCallsPerMinuteAndWebhookToScreen() throws Exception {
        Path folder = Files.createTempDirectory("xraydesk-team-bench");
        try (PostgresServer postgres = PostgresServer.start();
                TeamFixture team = new TeamFixture(postgres, SandboxConfig.builder().speed(1e-6).build())) {
            List<CachedRequest> portfolio = portfolio(team);
            try (TeamDatabase records = team.openTeam()) {
                records.requestCache().upsertAll(portfolio);
            }
            System.out.println("bench: team polling, " + REQUESTS + " watched requests; each count over "
                    + WINDOW.toSeconds() + " s after " + SETTLE.toSeconds() + " s to settle, scaled to a minute");
            for (int desktops : DESKTOPS) {
                long solo = soloCallsPerMinute(team, portfolio, folder.resolve("solo-" + desktops), desktops);
                System.out.println("bench: solo-api-calls-per-min " + solo + " (" + desktops(desktops)
                        + ", each polling on its own)");
                teamCallsPerMinute(team, portfolio, folder.resolve("team-" + desktops), desktops);
            }
        }
        webhookToScreen(folder.resolve("webhook"));
    }

    /** Today's polling: each desktop's own watcher over its own copy of the portfolio. */
    private static long soloCallsPerMinute(TeamFixture team, List<CachedRequest> portfolio, Path folder,
            int desktops) throws InterruptedException {
        List<SessionWork> works = new ArrayList<>();
        List<LocalDatabase> databases = new ArrayList<>();
        try {
            for (int i = 0; i < desktops; i++) {
                LocalDatabase database = filled(folder.resolve("desktop-" + i), portfolio);
                databases.add(database);
                SessionWork work = new SessionWork(SandboxSessions.open(team.sandbox, team.sandbox.apiBaseUri(),
                        Optional.empty()), database, Settings.DEFAULTS, TestContexts.IGNORED);
                works.add(work);
                work.start(Settings.DEFAULTS);
            }
            return callsPerMinute(team);
        } finally {
            works.forEach(SessionWork::close);
            databases.forEach(LocalDatabase::close);
        }
    }

    /** The same desktops in a team: with the relay running, then without it (the leases share the polling). */
    private static void teamCallsPerMinute(TeamFixture team, List<CachedRequest> portfolio, Path folder,
            int desktops) throws Exception {
        team.startRelay();
        List<TeamDesktop> members = new ArrayList<>();
        try {
            for (int i = 0; i < desktops; i++) {
                Path home = folder.resolve("desktop-" + i);
                filled(home, portfolio).close(); // the last known copy of a desktop that ran before
                members.add(new TeamDesktop(team, home).start());
            }
            TeamFixture.waitUntil(Duration.ofMinutes(5), () -> members.stream().allMatch(m -> m.work.team()
                    .map(t -> t.connected() && t.pollShare() != null && t.pollShare().relayRunning()).orElse(false)));
            System.out.println("bench: team-api-calls-per-min " + callsPerMinute(team) + " (" + desktops(desktops)
                    + ", relay running: the relay alone polls)");
            team.stopRelay();
            // The relay stopped cleanly: the desktops take the polling over at their next round.
            TeamFixture.waitUntil(Duration.ofMinutes(1), () -> members.stream().allMatch(m -> m.work.team()
                    .map(t -> !t.pollShare().relayRunning()).orElse(false)));
            System.out.println("bench: team-no-relay-api-calls-per-min " + callsPerMinute(team) + " (" + desktops(desktops)
                    + ", no relay: each polls the requests it holds the lease of)");
        } finally {
            team.stopRelay();
            members.forEach(TeamDesktop::close);
        }
    }

    private static String desktops(int count) {
        return count + (count == 1 ? " desktop" : " desktops");
    }

    private static long callsPerMinute(TeamFixture team) throws InterruptedException {
        Thread.sleep(SETTLE.toMillis());
        long before = team.control.counter("apiCalls");
        Thread.sleep(WINDOW.toMillis());
        long calls = team.control.counter("apiCalls") - before;
        return calls * Duration.ofMinutes(1).toMillis() / WINDOW.toMillis();
    }

    /**
     * October's webhook for a new report, posted to the relay, until a desktop of the team has the row
     * its requests list shows (built as the list builds it) with that report: five times, the median.
     */
    private static void webhookToScreen(Path folder) throws Exception {
        try (PostgresServer postgres = PostgresServer.start();
                TeamFixture team = new TeamFixture(postgres).startRelay();
                TeamDesktop alice = new TeamDesktop(team, folder.resolve("alice")).start();
                TeamDesktop bob = new TeamDesktop(team, folder.resolve("bob")).start()) {
            TeamFixture.waitUntil(Duration.ofSeconds(30), () -> alice.work.team().orElseThrow().connected()
                    && bob.work.team().orElseThrow().connected());
            List<Long> delays = new ArrayList<>();
            for (int run = 0; run < 5; run++) {
                String id = team.createRequest("514673987").id();
                // Known to the team first (as created from a desktop), so only the report is awaited.
                alice.work.watcher().openById(id);
                TeamFixture.waitUntil(Duration.ofSeconds(10), () -> bob.work.requests().find(id).isPresent());
                CountDownLatch seen = new CountDownLatch(1);
                TeamMirror.Listener screen = new TeamMirror.Listener() {
                    @Override
                    public void requestChanged(String requestId) {
                        if (requestId.equals(id) && bob.work.requests().portfolio().line(id).map(RequestRow::of)
                                .map(row -> row.xrays().get(Source.ESG).reports() > 0).orElse(false)) {
                            seen.countDown();
                        }
                    }
                };
                bob.work.team().orElseThrow().addListener(screen);
                long posted = System.nanoTime();
                team.control.advance(95); // the ESG report is produced: October posts new_report to the relay
                if (!seen.await(30, TimeUnit.SECONDS)) {
                    throw new AssertionError("the report did not reach the other desktop");
                }
                delays.add(Duration.ofNanos(System.nanoTime() - posted).toMillis());
                bob.work.team().orElseThrow().removeListener(screen);
            }
            delays.sort(Long::compare);
            System.out.println("bench: team-webhook-to-screen " + delays.get(delays.size() / 2)
                    + " ms (median of 5; each: report produced, webhook to the relay, API read, team database, "
                    + "NOTIFY, the other desktop's copy, its requests list row; all " + delays + " ms)");
        }
    }

    /** 2,000 requests created in the sandbox, as the team's rows, last read an hour ago. */
    private static List<CachedRequest> portfolio(TeamFixture team) {
        OctoberClient client = team.control.client(RetryPolicy.none());
        Instant readAt = Instant.now().minus(Duration.ofHours(1));
        List<CachedRequest> rows = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            AnalysisRequest request = client.createRequest(NewRequest.of(CompanyCode.siren("514673987")));
            rows.add(RequestRecords.toCached(request, RequestOrigin.CREATED_HERE, StageTrail.EMPTY, readAt));
        }
        return rows;
    }

    private static LocalDatabase filled(Path home, List<CachedRequest> portfolio) {
        LocalDatabase database = LocalDatabase.open(AppPaths.at(home).database());
        database.requestCache().upsertAll(portfolio);
        return database;
    }
}
