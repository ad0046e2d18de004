package io.xraydesk.docs;

import io.xraydesk.ui.shell.Screen;
import javafx.scene.Node;

/**
 * A part of the request page (the documents panel, a report view) alone in the window's content
 * area, the way the request page shows it in front.
 */
final class ShownNode implements Screen {

    private final String titleKey;
    private final Node view;

    ShownNode(String titleKey, Node view) {
        this.titleKey = titleKey;
        this.view = view;
    }

    @Override
    public String titleKey() {
        return titleKey;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void activate() {
        // The node runs its own work (uploads, exports) from its controls.
    }

    @Override
    public void deactivate() {
        // Nothing was started in activate().
    }
}
