package io.xraydesk.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.store.CachedReport;
import io.xraydesk.testing.PostgresServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The team database stops while October delivers: the relay answers 503 (so October sends the delivery
 * again) and says it on {@code /health}, then takes the delivery once the database is back, with
 * nothing lost and nothing twice. A PostgreSQL of its own, since this test stops it.
 */
class RelayDatabaseRestartTest {

    private final PostgresServer postgres = PostgresServer.start();
    private final RelayFixture fixture = new RelayFixture(postgres);

    @AfterEach
    void close() {
        try {
            fixture.close();
        } finally {
            postgres.close();
        }
    }

    @Test
    void aDeliveryDuringADatabaseRestartIsTakenOnceTheDatabaseIsBack() throws Exception {
        fixture.start();
        AnalysisRequest request = fixture.createRequest();

        postgres.stop(true);
        fixture.control.advance(95);
        RelayFixture.waitUntil(Duration.ofSeconds(10), () -> fixture.log().contains("not recorded (503"));
        assertEquals(503, fixture.health().statusCode(), "the health check says the database is not answering");

        postgres.restart();
        RelayFixture.waitUntil(Duration.ofSeconds(20), () -> !fixture.team.reportCache().forRequest(request.id())
                .isEmpty() && fixture.team.relayDeliveries().pending().isEmpty());
        List<CachedReport> reports = fixture.team.reportCache().forRequest(request.id());
        assertEquals(List.of("esg"), reports.stream().map(CachedReport::source).toList(), fixture.log());
        assertEquals(200, fixture.health().statusCode());
        assertTrue(fixture.log().contains("webhook new_report/" + request.id()), fixture.log());
    }
}
