package io.xraydesk.store;

/**
 * Where the main window was and how big, in screen coordinates, remembered across launches.
 * {@code x}, {@code y}, {@code width} and {@code height} are those of the window when it was last
 * not maximised, so un-maximising after a restart brings back the size the analyst chose.
 */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {

    /** A size the window can take: anything smaller is a damaged or hand-edited file. */
    public boolean usable() {
        return width >= 1 && height >= 1 && Double.isFinite(x) && Double.isFinite(y)
                && Double.isFinite(width) && Double.isFinite(height);
    }
}
