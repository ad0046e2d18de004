package io.xraydesk.ui.walk;

import java.util.List;
import java.util.Locale;

/**
 * A window size the walk checks every stop at, in logical pixels, and the scale it is drawn at.
 * At 200 % a HiDPI laptop of 2560 × 1440 pixels gives the application 1280 × 720 logical pixels.
 */
public record Layout(double width, double height, double renderScale) {

    public static final Layout HD = new Layout(1280, 720, 1);
    public static final Layout WXGA_PLUS = new Layout(1440, 900, 1);
    public static final Layout HIDPI_200 = new Layout(1280, 720, 2);

    /**
     * The walk arrives at each stop in the first, the most common laptop screen, and the window
     * then changes under it. (Monocle's headless painter logs "Too small int buffer" when a window
     * grows; only its own frame is lost, the checks and screenshots render the scene themselves.)
     */
    public static final List<Layout> ALL = List.of(HD, WXGA_PLUS, HIDPI_200);

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.0f×%.0f@%.0f%%", width, height, renderScale * 100);
    }
}
