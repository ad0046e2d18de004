package io.xraydesk.docs;

import io.xraydesk.ui.shell.Screen;
import javafx.scene.Node;

/**
 * One report's native view (from {@code ReportViews}) in the window's content area, the way the
 * request page shows the report in front.
 */
final class ReportScreen implements Screen {

    private final String titleKey;
    private final Node view;

    ReportScreen(String titleKey, Node view) {
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
        // A report view is static once built; its exports start from its own toolbar.
    }

    @Override
    public void deactivate() {
        // Nothing was started in activate().
    }
}
