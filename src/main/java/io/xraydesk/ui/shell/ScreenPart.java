package io.xraydesk.ui.shell;

import javafx.scene.Node;

/**
 * A part of a screen with a lifecycle of its own work (the upload panel of a request page): the
 * screen activates and deactivates it with itself, so a hidden screen's parts listen to nothing.
 */
public interface ScreenPart {

    Node view();

    void activate();

    void deactivate();

    /** A part that is only a node, with no work to start or stop. */
    static ScreenPart of(Node node) {
        return new ScreenPart() {
            @Override
            public Node view() {
                return node;
            }

            @Override
            public void activate() {
            }

            @Override
            public void deactivate() {
            }
        };
    }
}
