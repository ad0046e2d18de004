package io.xraydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheTest {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00.123Z");

    @TempDir
    Path dir;
    private LocalDatabase db;
    private RequestCache requests;
    private ReportCache reports;

    @BeforeEach
    void open() {
        db = LocalDatabase.open(dir.resolve("x.db"));
        requests = db.requestCache();
        reports = db.reportCache();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static CachedRequest request(String id, String siren, Instant updated, RequestOrigin origin) {
        return new CachedRequest(id, "siren", siren, "Company " + id, "pending_analysis", "1.1", T, updated,
                "{\"id\":\"" + id + "\"}", T, origin, "{\"banks\":\"ok\"}");
    }

    @Test
    void upsertStoresThenUpdatesButKeepsTheFirstOrigin() {
        CachedRequest created = request("r1", "123456789", T, RequestOrigin.CREATED_HERE);
        requests.upsert(created);
        assertEquals(Optional.of(created), requests.find("r1"));

        CachedRequest fromWebhook = new CachedRequest("r1", "siren", "123456789", "Renamed", "done", "2",
                T, T.plusSeconds(60), "{}", T.plusSeconds(61), RequestOrigin.WEBHOOK, null);
        requests.upsert(fromWebhook);
        CachedRequest stored = requests.find("r1").orElseThrow();
        assertEquals("Renamed", stored.businessName());
        assertEquals(T.plusSeconds(60), stored.updatedAt());
        assertEquals(RequestOrigin.CREATED_HERE, stored.origin());
        assertEquals(1, requests.all().size());
    }

    @Test
    void findByCodeIsTheDuplicateGuard() {
        requests.upsert(request("r1", "111111111", T, RequestOrigin.CREATED_HERE));
        requests.upsert(request("r2", "222222222", T, RequestOrigin.OPENED_BY_ID));
        assertEquals(List.of("r2"), requests.findByCode("siren", "222222222").stream().map(CachedRequest::id).toList());
        assertEquals(List.of(), requests.findByCode("siret", "222222222"));
    }

    @Test
    void listsFiveThousandRequestsNewestFirstQuickly() {
        List<CachedRequest> many = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            many.add(request("r" + i, String.format("%09d", i), T.plusSeconds(i), RequestOrigin.WEBHOOK));
        }
        requests.upsertAll(many);
        requests.all(); // warm the statement cache and pages
        long start = System.nanoTime();
        List<CachedRequest> all = requests.all();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(5000, all.size());
        assertEquals("r4999", all.get(0).id());
        assertEquals("r0", all.get(4999).id());
        assertTrue(took.toMillis() < 1000, "listing 5,000 requests took " + took);
    }

    @Test
    void reportsAreListedNewestFirstAndGoAwayWithTheirRequest() {
        requests.upsert(request("r1", "111111111", T, RequestOrigin.CREATED_HERE));
        CachedReport old = new CachedReport("p1", "r1", "banks", "B", T, "{\"v\":1}", T);
        CachedReport newer = new CachedReport("p2", "r1", "banks", "A", T.plusSeconds(5), "{\"v\":2}", T);
        reports.upsert(old);
        reports.upsert(newer);
        reports.upsert(new CachedReport("p1", "r1", "banks", "C", T, "{\"v\":3}", T.plusSeconds(9)));

        assertEquals(List.of("p2", "p1"), reports.forRequest("r1").stream().map(CachedReport::id).toList());
        assertEquals("C", reports.find("p1").orElseThrow().score());
        assertEquals(Optional.of(newer), reports.find("p2"));

        assertTrue(requests.remove("r1"));
        assertFalse(requests.remove("r1"));
        assertEquals(List.of(), reports.forRequest("r1"));
    }

    @Test
    void reportOfUnknownRequestIsRefused() {
        StoreException e = assertThrows(StoreException.class,
                () -> reports.upsert(new CachedReport("p1", "nope", "banks", null, null, "{}", T)));
        assertEquals(StoreException.Kind.FAILED, e.kind());
    }
}
