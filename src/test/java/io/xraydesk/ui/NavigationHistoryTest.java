package io.xraydesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NavigationHistoryTest {

    private final NavigationHistory history = new NavigationHistory();

    @Test
    void backWalksThePlacesVisitedNewestFirst() {
        history.arrived(new Destination.Requests());
        history.arrived(new Destination.Request("r-1"));
        history.arrived(new Destination.NewRequest());
        assertTrue(history.canGoBackProperty().get());

        assertEquals(Optional.of(new Destination.Request("r-1")), history.back());
        assertEquals(Optional.of(new Destination.Request("r-1")), history.current());
        assertEquals(Optional.of(new Destination.Requests()), history.back());
        assertFalse(history.canGoBackProperty().get());
        assertEquals(Optional.empty(), history.back());
        assertEquals(Optional.of(new Destination.Requests()), history.current());
    }

    @Test
    void arrivingAgainWhereTheAnalystIsAddsNoStep() {
        history.arrived(new Destination.Requests());
        history.arrived(new Destination.Request("r-1"));
        history.arrived(new Destination.Request("r-1"));

        assertEquals(Optional.of(new Destination.Requests()), history.back());
        assertFalse(history.canGoBackProperty().get());
    }

    @Test
    void onlyTheNewestPlacesAreKeptAndSigningOutForgetsThemAll() {
        for (int i = 0; i <= NavigationHistory.LIMIT + 5; i++) {
            history.arrived(new Destination.Request("r-" + i));
        }
        int steps = 0;
        while (history.back().isPresent()) {
            steps++;
        }
        assertEquals(NavigationHistory.LIMIT, steps);

        history.arrived(new Destination.Requests());
        history.clear();
        assertEquals(Optional.empty(), history.current());
        assertFalse(history.canGoBackProperty().get());
    }
}
