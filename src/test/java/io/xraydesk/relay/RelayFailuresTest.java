package io.xraydesk.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.AnalysisRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the API's failures do to the deliveries the relay accepted: a passing failure keeps the
 * delivery pending until it succeeds; a refusal of one request is given up and holds up no other.
 */
class RelayFailuresTest {

    private final RelayFixture fixture = new RelayFixture().start();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aDeliveryWhoseRefreshFailsOnTheServerIsDoneOnceTheServerAnswersAgain() throws Exception {
        AnalysisRequest request = fixture.createRequest();
        fixture.control.armApiFault("GET", "/requests/" + request.id(), "status503", 1, 0);

        assertEquals(204, fixture.deliver(updateOf(request), fixture.webhookKey()));

        RelayFixture.waitUntil(Duration.ofSeconds(10), () -> fixture.team.requestCache().find(request.id()).isPresent()
                && fixture.team.relayDeliveries().pending().isEmpty());
        assertTrue(fixture.log().contains("work put off"), fixture.log());
    }

    @Test
    void aRequestTheApiAnswersWithNonsenseIsGivenUpWithoutHoldingUpTheNext() throws Exception {
        AnalysisRequest unreadable = fixture.createRequest();
        AnalysisRequest next = fixture.createRequest();
        fixture.control.armApiFault("GET", "/requests/" + unreadable.id(), "malformed", 1, 0);

        String key = fixture.webhookKey();
        assertEquals(204, fixture.deliver(updateOf(unreadable), key));
        assertEquals(204, fixture.deliver(updateOf(next), key));

        RelayFixture.waitUntil(Duration.ofSeconds(10), () -> fixture.team.requestCache().find(next.id()).isPresent()
                && fixture.team.relayDeliveries().pending().isEmpty());
        assertTrue(fixture.team.requestCache().find(unreadable.id()).isEmpty());
        assertTrue(fixture.log().contains("refreshed request " + unreadable.id() + " for 1 delivery(ies): given up"),
                fixture.log());
    }

    private static String updateOf(AnalysisRequest request) {
        return "{\"event\":\"update_request\",\"requestId\":\"" + request.id() + "\"}";
    }
}
