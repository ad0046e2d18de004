package io.xraydesk.ui.walk;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Shown nodes that lie, even in part, outside their window, and windows (dialogs, notifications,
 * menus) that lie outside the main window they belong to: the main window stands for the screen
 * at the size walked, so a dialog taller than it would not fit that screen either.
 * A node inside a clip (a scroll pane's viewport, a table's rows) is only seen through the clip: the
 * clipping node is checked, what scrolls inside it is not.
 */
public final class OutsideWindowCheck implements WindowCheck {

    /**
     * Overhangs of a pixel or two come from rounding (a popup placed at a corner from snapped sizes, a
     * window drawn at 200 %), not from layout; what the walk is after hangs out by whole lines or cards.
     */
    private static final double TOLERANCE = 2;

    @Override
    public String name() {
        return "outside the window";
    }

    @Override
    public List<String> problems(Scene scene) {
        List<String> outside = new ArrayList<>();
        Bounds window = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        for (Node node : ShownNodes.below(scene.getRoot(), n -> n.getClip() != null)) {
            Bounds bounds = node.localToScene(node.getLayoutBounds());
            if (bounds.getWidth() > 0 && bounds.getHeight() > 0 && !within(bounds, window)) {
                outside.add("outside " + shape(window) + ": " + NodeNames.describe(node) + " at " + shape(bounds));
            }
        }
        Window own = scene.getWindow();
        Window main = mainWindowOf(own);
        if (main != own && main != null && main.getScene() != null) {
            Scene mainScene = main.getScene();
            Bounds screen = new BoundingBox(main.getX() + mainScene.getX(), main.getY() + mainScene.getY(),
                    mainScene.getWidth(), mainScene.getHeight());
            // What the window draws, not the window's own frame: a notification's popup draws its
            // card above its anchor, outside the frame it reports.
            Bounds placed = scene.getRoot().localToScreen(scene.getRoot().getBoundsInLocal());
            if (placed != null && !within(placed, screen)) {
                outside.add("window outside the main window " + shape(screen) + ": "
                        + NodeNames.describe(scene.getRoot()) + " at " + shape(placed));
            }
        }
        return outside;
    }

    private static Window mainWindowOf(Window window) {
        Window owner = window;
        while (true) {
            Window next = owner instanceof PopupWindow popup ? popup.getOwnerWindow()
                    : owner instanceof Stage stage ? stage.getOwner() : null;
            if (next == null) {
                return owner;
            }
            owner = next;
        }
    }

    private static boolean within(Bounds inner, Bounds outer) {
        return inner.getMinX() >= outer.getMinX() - TOLERANCE && inner.getMinY() >= outer.getMinY() - TOLERANCE
                && inner.getMaxX() <= outer.getMaxX() + TOLERANCE && inner.getMaxY() <= outer.getMaxY() + TOLERANCE;
    }

    private static String shape(Bounds bounds) {
        return String.format(java.util.Locale.ROOT, "[%.1f,%.1f %.1f×%.1f]", bounds.getMinX(), bounds.getMinY(),
                bounds.getWidth(), bounds.getHeight());
    }
}
