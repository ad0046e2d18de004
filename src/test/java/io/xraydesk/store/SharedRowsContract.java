package io.xraydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SharedRecords} back-end promises, run against each of them by a subclass: the
 * workstation's SQLite file alone, and SQLite with the team's PostgreSQL. {@link #desk} and {@link
 * #otherDesk} are two openings of the same store (two desktops of a team, or two processes on one
 * workstation), so the concurrency tests cross real connections.
 */
abstract class SharedRowsContract {

    static final Instant T = Instant.parse("2026-03-01T10:00:00.123Z");
    static final Analyst ALICE = new Analyst("6413297aad6e59418e7748f9", "Alice Martin");
    static final Analyst BRUNO = new Analyst("6413297aad6e59418e774800", null);

    SharedRecords desk;
    SharedRecords otherDesk;

    /** Opens the store for the first desktop. */
    abstract SharedRecords openDesk() throws Exception;

    /** Opens the same store a second time, as another desktop would. */
    abstract SharedRecords openOtherDesk() throws Exception;

    /** Closes whatever the two openings hold. */
    abstract void closeAll() throws Exception;

    @BeforeEach
    void open() throws Exception {
        desk = openDesk();
        otherDesk = openOtherDesk();
    }

    @AfterEach
    void close() throws Exception {
        closeAll();
    }

    static CachedRequest request(String id, String siren, Instant updated, RequestOrigin origin) {
        return new CachedRequest(id, "siren", siren, "Company " + id, "pending_analysis", "1.1", T, updated,
                "{\"id\":\"" + id + "\"}", T, origin, "{\"banks\":\"ok\"}");
    }

    static CachedRequest renamed(CachedRequest read, String name) {
        return new CachedRequest(read.id(), read.codeType(), read.codeId(), name, "done", "2", read.createdAt(),
                T.plusSeconds(60), "{}", T.plusSeconds(61), RequestOrigin.WEBHOOK, null, read.missingSince(), read.version());
    }

    @Test
    void aNewRequestIsStoredAtVersionOneAndEachChangeAddsOneKeepingTheFirstOrigin() {
        CachedRequest created = request("r1", "123456789", T, RequestOrigin.CREATED_HERE);
        CachedRequest stored = desk.requestCache().upsert(created);
        assertEquals(created.basedOn(1), stored);
        assertEquals(stored, otherDesk.requestCache().find("r1").orElseThrow());

        CachedRequest changed = otherDesk.requestCache().upsert(renamed(stored, "Renamed"));
        assertEquals(2, changed.version());
        CachedRequest read = desk.requestCache().find("r1").orElseThrow();
        assertEquals("Renamed", read.businessName());
        assertEquals(T.plusSeconds(60), read.updatedAt());
        assertEquals(RequestOrigin.CREATED_HERE, read.origin());
        assertEquals(1, desk.requestCache().all().size());
    }

    @Test
    void aWriteBasedOnAnOlderVersionIsRefusedAndOverwritesNothing() {
        CachedRequest read = desk.requestCache().upsert(request("r1", "123456789", T, RequestOrigin.CREATED_HERE));
        otherDesk.requestCache().upsert(renamed(read, "Saved first"));

        StaleWriteException stale = assertThrows(StaleWriteException.class,
                () -> desk.requestCache().upsert(renamed(read, "Saved second")));
        assertEquals(StaleWriteException.Subject.REQUEST, stale.subject());
        assertEquals("r1", stale.id());
        assertEquals(1, stale.expectedVersion());
        assertEquals(2, stale.currentVersion());
        assertEquals("Saved first", otherDesk.requestCache().find("r1").orElseThrow().businessName());
    }

    @Test
    void addingARequestSomeoneElseAddedMeanwhileIsAConflict() {
        desk.requestCache().upsert(request("r1", "123456789", T, RequestOrigin.CREATED_HERE));
        StaleWriteException stale = assertThrows(StaleWriteException.class, () -> otherDesk.requestCache()
                .upsert(request("r1", "999999999", T, RequestOrigin.WEBHOOK)));
        assertEquals(0, stale.expectedVersion());
        assertEquals(1, stale.currentVersion());
        assertEquals("123456789", desk.requestCache().find("r1").orElseThrow().codeId());
    }

    @Test
    void changingARemovedRequestIsAConflictWithVersionZero() {
        CachedRequest read = desk.requestCache().upsert(request("r1", "123456789", T, RequestOrigin.CREATED_HERE));
        assertTrue(otherDesk.requestCache().remove("r1"));
        StaleWriteException stale = assertThrows(StaleWriteException.class,
                () -> desk.requestCache().upsert(renamed(read, "Gone")));
        assertEquals(0, stale.currentVersion());
        assertTrue(desk.requestCache().find("r1").isEmpty());
    }

    @Test
    void aRequestTheServerNoLongerKnowsIsMarkedOnceAndTheMarkCountsAsAChange() {
        CachedRequest read = desk.requestCache().upsert(request("r1", "123456789", T, RequestOrigin.CREATED_HERE));
        assertTrue(otherDesk.requestCache().markMissing("r1", T.plusSeconds(5)));
        assertTrue(otherDesk.requestCache().markMissing("r1", T.plusSeconds(9)));
        CachedRequest missing = desk.requestCache().find("r1").orElseThrow();
        assertEquals(T.plusSeconds(5), missing.missingSince());
        assertEquals(3, missing.version());
        assertThrows(StaleWriteException.class, () -> desk.requestCache().upsert(renamed(read, "Before the mark")));
        assertFalse(desk.requestCache().markMissing("unknown", T));
    }

    @Test
    void aRefreshIsStoredWhollyOrNotAtAll() {
        CachedRequest read = desk.requestCache().upsert(request("r1", "111111111", T, RequestOrigin.CREATED_HERE));
        otherDesk.requestCache().upsert(renamed(read, "Newer"));
        List<CachedRequest> refresh = List.of(request("r2", "222222222", T, RequestOrigin.WEBHOOK),
                renamed(read, "Older"));
        assertThrows(StaleWriteException.class, () -> desk.requestCache().upsertAll(refresh));
        assertTrue(desk.requestCache().find("r2").isEmpty(), "the refresh's first row was rolled back");
        assertEquals("Newer", desk.requestCache().find("r1").orElseThrow().businessName());
    }

    @Test
    void findByCodeIsTheDuplicateGuard() {
        desk.requestCache().upsert(request("r1", "111111111", T, RequestOrigin.CREATED_HERE));
        desk.requestCache().upsert(request("r2", "222222222", T, RequestOrigin.OPENED_BY_ID));
        assertEquals(List.of("r2"),
                otherDesk.requestCache().findByCode("siren", "222222222").stream().map(CachedRequest::id).toList());
        assertEquals(List.of(), otherDesk.requestCache().findByCode("siret", "222222222"));
    }

    @Test
    void listsFiveThousandRequestsNewestFirstQuickly() {
        List<CachedRequest> many = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            many.add(request("r" + i, String.format("%09d", i), T.plusSeconds(i), RequestOrigin.WEBHOOK));
        }
        desk.requestCache().upsertAll(many);
        otherDesk.requestCache().all(); // warm the statement cache and pages
        long start = System.nanoTime();
        List<CachedRequest> all = otherDesk.requestCache().all();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(5000, all.size());
        assertEquals("r4999", all.get(0).id());
        assertEquals("r0", all.get(4999).id());
        assertTrue(took.toMillis() < 1000, "listing 5,000 requests took " + took);
    }

    @Test
    void reportsAreListedNewestFirstAndGoAwayWithTheirRequest() {
        desk.requestCache().upsert(request("r1", "111111111", T, RequestOrigin.CREATED_HERE));
        CachedReport undated = desk.reportCache().upsert(new CachedReport("p0", "r1", "esg", null, null, "{}", T));
        CachedReport old = desk.reportCache().upsert(new CachedReport("p1", "r1", "banks", "B", T, "{\"v\":1}", T));
        CachedReport newer = desk.reportCache().upsert(
                new CachedReport("p2", "r1", "banks", "A", T.plusSeconds(5), "{\"v\":2}", T));
        otherDesk.reportCache().upsert(new CachedReport("p1", "r1", "banks", "C", T, "{\"v\":3}", T.plusSeconds(9),
                old.version()));

        assertEquals(List.of("p2", "p1", "p0"),
                otherDesk.reportCache().forRequest("r1").stream().map(CachedReport::id).toList());
        CachedReport changed = desk.reportCache().find("p1").orElseThrow();
        assertEquals("C", changed.score());
        assertEquals(2, changed.version());
        assertEquals(newer, desk.reportCache().find("p2").orElseThrow());
        assertEquals(1, undated.version());

        assertTrue(desk.requestCache().remove("r1"));
        assertFalse(otherDesk.requestCache().remove("r1"));
        assertEquals(List.of(), otherDesk.reportCache().forRequest("r1"));
    }

    @Test
    void aStaleReportWriteIsRefused() {
        desk.requestCache().upsert(request("r1", "111111111", T, RequestOrigin.CREATED_HERE));
        CachedReport read = desk.reportCache().upsert(new CachedReport("p1", "r1", "banks", "B", T, "{}", T));
        otherDesk.reportCache().upsert(new CachedReport("p1", "r1", "banks", "A", T, "{}", T, read.version()));
        StaleWriteException stale = assertThrows(StaleWriteException.class, () -> desk.reportCache()
                .upsert(new CachedReport("p1", "r1", "banks", "D", T, "{}", T, read.version())));
        assertEquals(StaleWriteException.Subject.REPORT, stale.subject());
        assertEquals("A", desk.reportCache().find("p1").orElseThrow().score());
    }

    @Test
    void aReportOfAnUnknownRequestIsRefused() {
        StoreException e = assertThrows(StoreException.class,
                () -> desk.reportCache().upsert(new CachedReport("p1", "nope", "banks", null, null, "{}", T)));
        assertEquals(StoreException.Kind.FAILED, e.kind());
    }

    @Test
    void theCreatorComesFirstThenFollowersAndEachAnalystFindsTheirRequests() {
        desk.requestCache().upsert(request("r1", "111111111", T, RequestOrigin.CREATED_HERE));
        desk.requestCache().upsert(request("r2", "222222222", T, RequestOrigin.CREATED_HERE));
        otherDesk.followers().save(new RequestFollower("r1", BRUNO, RequestFollower.Relation.FOLLOWS, T, 0));
        RequestFollower created = desk.followers().save(
                new RequestFollower("r1", ALICE, RequestFollower.Relation.CREATED, T.plusSeconds(1), 0));
        desk.followers().save(new RequestFollower("r2", ALICE, RequestFollower.Relation.FOLLOWS, T.plusSeconds(2), 0));

        assertEquals(1, created.version());
        assertEquals(List.of(created, new RequestFollower("r1", BRUNO, RequestFollower.Relation.FOLLOWS, T, 1)),
                otherDesk.followers().forRequest("r1"));
        assertEquals(List.of("r2", "r1"), otherDesk.followers().requestsOf(ALICE.userId()));
        assertEquals(List.of("r1"), desk.followers().requestsOf(BRUNO.userId()));
    }

    @Test
    void followersChangeOnlyFromTheVersionRead() {
        desk.requestCache().upsert(request("r1", "111111111", T, RequestOrigin.CREATED_HERE));
        RequestFollower read = desk.followers().save(
                new RequestFollower("r1", BRUNO, RequestFollower.Relation.FOLLOWS, T, 0));
        RequestFollower renamed = otherDesk.followers().save(new RequestFollower("r1",
                new Analyst(BRUNO.userId(), "Bruno Petit"), RequestFollower.Relation.FOLLOWS, T, read.version()));
        assertEquals(2, renamed.version());

        assertThrows(StaleWriteException.class, () -> desk.followers()
                .save(new RequestFollower("r1", BRUNO, RequestFollower.Relation.CREATED, T, read.version())));
        assertThrows(StaleWriteException.class, () -> desk.followers().remove("r1", BRUNO.userId(), read.version()));
        assertThrows(StaleWriteException.class, () -> desk.followers()
                .save(new RequestFollower("r1", BRUNO, RequestFollower.Relation.FOLLOWS, T, 0)));
        assertEquals(List.of(renamed), desk.followers().forRequest("r1"));

        desk.followers().remove("r1", BRUNO.userId(), renamed.version());
        assertEquals(List.of(), otherDesk.followers().forRequest("r1"));
    }

    @Test
    void followersGoAwayWithTheirRequest() {
        desk.requestCache().upsert(request("r1", "111111111", T, RequestOrigin.CREATED_HERE));
        desk.followers().save(new RequestFollower("r1", ALICE, RequestFollower.Relation.CREATED, T, 0));
        assertTrue(otherDesk.requestCache().remove("r1"));
        assertEquals(List.of(), desk.followers().requestsOf(ALICE.userId()));
    }
}
