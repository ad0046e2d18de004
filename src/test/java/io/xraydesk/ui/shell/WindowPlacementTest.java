package io.xraydesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xraydesk.store.WindowGeometry;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where a remembered window goes on the screens there are now. */
class WindowPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1440, 900);
    private static final Rectangle2D LEFT_MONITOR = new Rectangle2D(-1920, 0, 1920, 1080);

    @Test
    void aWindowWholeOnAScreenStaysWhereItWas() {
        WindowGeometry onTheLeft = new WindowGeometry(-1800, 100, 1200, 800, false);
        assertEquals(onTheLeft, WindowPlacement.fitted(onTheLeft, List.of(LAPTOP, LEFT_MONITOR), LAPTOP));
    }

    @Test
    void aWindowWhoseTopShowsOnAScreenIsMovedJustEnoughToLieWholeOnIt() {
        WindowGeometry halfOff = new WindowGeometry(1300, 500, 1000, 700, true);
        assertEquals(new WindowGeometry(440, 200, 1000, 700, true),
                WindowPlacement.fitted(halfOff, List.of(LAPTOP), LAPTOP), "pushed half off to the right and down");

        Rectangle2D smallScreen = new Rectangle2D(0, 0, 1280, 720);
        WindowGeometry fromATallerScreen = new WindowGeometry(0, 40, 1280, 720, false);
        assertEquals(new WindowGeometry(0, 0, 1280, 720, false),
                WindowPlacement.fitted(fromATallerScreen, List.of(smallScreen), smallScreen), "its status line shows");

        WindowGeometry onTheLeftMonitorsEdge = new WindowGeometry(-900, 600, 1200, 800, false);
        assertEquals(new WindowGeometry(-1200, 280, 1200, 800, false),
                WindowPlacement.fitted(onTheLeftMonitorsEdge, List.of(LAPTOP, LEFT_MONITOR), LAPTOP),
                "kept on the screen its top is on");
    }

    @Test
    void aWindowLeftOnAScreenUnpluggedSinceIsCentredOnThePrimaryOneAndShrunkToIt() {
        WindowGeometry onTheLeft = new WindowGeometry(-1900, 100, 1900, 1000, true);
        assertEquals(new WindowGeometry(0, 0, 1440, 900, true),
                WindowPlacement.fitted(onTheLeft, List.of(LAPTOP), LAPTOP));

        WindowGeometry small = new WindowGeometry(5000, 3000, 800, 600, false);
        assertEquals(new WindowGeometry(320, 150, 800, 600, false), WindowPlacement.fitted(small, List.of(LAPTOP), LAPTOP));
    }

    @Test
    void aTitleBarAboveTheScreenOrBarelyOnItCannotBeGrabbed() {
        WindowGeometry above = new WindowGeometry(100, -200, 800, 600, false);
        assertEquals(new WindowGeometry(320, 150, 800, 600, false), WindowPlacement.fitted(above, List.of(LAPTOP), LAPTOP));

        WindowGeometry sliver = new WindowGeometry(1420, 100, 800, 600, false);
        assertEquals(new WindowGeometry(320, 150, 800, 600, false), WindowPlacement.fitted(sliver, List.of(LAPTOP), LAPTOP));
    }
}
