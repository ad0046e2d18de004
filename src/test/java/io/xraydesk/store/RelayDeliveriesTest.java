package io.xraydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.testing.PostgresServer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The relay's journal of deliveries on a real PostgreSQL: what counts as a duplicate, and what stays pending. */
class RelayDeliveriesTest {

    private static final String REQUEST = "6413297aad6e59418e7748fb";
    private static final String REPORT = "6464ba07cbddbd090b267260";
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final PostgresServer server = PostgresServer.shared();
    private final TeamDatabase team = TeamDatabase.open(TeamSharedRowsTest.address(server, server.newDatabase()),
            server.password());
    private final RelayDeliveries journal = team.relayDeliveries();

    @AfterEach
    void close() {
        team.close();
    }

    @Test
    void aReportIsDeliveredOnceEvenAfterItWasDone() {
        RelayDelivery report = new RelayDelivery("new_report", REQUEST, REPORT, T0);
        assertTrue(journal.accept(report));
        assertFalse(journal.accept(new RelayDelivery("new_report", REQUEST, REPORT, T0.plusSeconds(1))),
                "a retry while pending");
        assertEquals(List.of(report), journal.pending());

        assertTrue(journal.markDone(report, T0.plusSeconds(2)));
        assertFalse(journal.accept(new RelayDelivery("new_report", REQUEST, REPORT, T0.plusSeconds(3))),
                "a report is issued once: a late retry adds nothing");
        assertEquals(List.of(), journal.pending());
        assertEquals(Optional.of(T0), journal.lastReceived());
    }

    @Test
    void aRequestUpdateDoneIsTakenAgainAsALaterChange() {
        RelayDelivery first = new RelayDelivery("update_request", REQUEST, null, T0);
        assertTrue(journal.accept(first));
        assertFalse(journal.accept(new RelayDelivery("update_request", REQUEST, null, T0.plusSeconds(1))));
        journal.markDone(first, T0.plusSeconds(2));

        RelayDelivery later = new RelayDelivery("update_request", REQUEST, null, T0.plusSeconds(5));
        assertTrue(journal.accept(later));
        assertEquals(List.of(later), journal.pending());
    }

    @Test
    void aDeliveryTakenAgainWhileItWasRefreshedStaysPending() {
        RelayDelivery read = new RelayDelivery("update_request", REQUEST, null, T0);
        journal.accept(read);
        journal.markDone(read, T0.plusSeconds(1));
        RelayDelivery again = new RelayDelivery("update_request", REQUEST, null, T0.plusSeconds(2));
        journal.accept(again);

        assertFalse(journal.markDone(read, T0.plusSeconds(3)), "done as read before: not the delivery now pending");
        assertEquals(List.of(again), journal.pending());
    }
}
