package io.xraydesk.ui;

import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;

/**
 * The context menu request a window sends for a right click on a node. The headless platform the
 * tests run on turns no right click into one, so a test sends it to the node itself; call on the FX
 * thread.
 */
public final class ContextMenuRequest {

    private ContextMenuRequest() {
    }

    public static void sendTo(Node node) {
        Bounds bounds = node.getLayoutBounds();
        Point2D centre = node.localToScene(bounds.getCenterX(), bounds.getCenterY());
        Point2D onScreen = node.localToScreen(bounds.getCenterX(), bounds.getCenterY());
        Event.fireEvent(node, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, centre.getX(),
                centre.getY(), onScreen.getX(), onScreen.getY(), false,
                new PickResult(node, centre.getX(), centre.getY())));
    }
}
