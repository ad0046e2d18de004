package io.xraydesk.ui.shell;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.widgets.EmptyState;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.feather.Feather;

/**
 * What the window shows before there is any request: how to make the first one. Its button is the
 * File ▸ New request command itself, enabled exactly when that command is.
 */
public final class StartScreen implements Screen {

    private final EmptyState view;

    public StartScreen(MenuItem newRequest) {
        view = new EmptyState(Feather.INBOX,
                Messages.get("start.empty.title"),
                Messages.get("start.empty.explanation"),
                Messages.get("start.empty.action"),
                newRequest::fire);
        view.actionButton().disableProperty().bind(newRequest.disableProperty());
    }

    @Override
    public String titleKey() {
        return "start.title";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void activate() {
        // Nothing to watch: the screen is static text and one command.
    }

    @Override
    public void deactivate() {
        // Nothing was started in activate().
    }
}
