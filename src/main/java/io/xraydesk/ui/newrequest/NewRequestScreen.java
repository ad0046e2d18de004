package io.xraydesk.ui.newrequest;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.shell.Routes;
import io.xraydesk.ui.shell.Screen;
import io.xraydesk.ui.shell.ScreenContext;
import java.util.Locale;
import java.util.Objects;
import javafx.scene.Node;

/**
 * The new-request form as a screen of the main window: view ({@link NewRequestView}), state
 * ({@link NewRequestModel}) and the actions over them ({@link NewRequestController}). Asked for anew
 * it starts empty ({@link #clear()}); shown again after signing in it keeps what was typed. Success
 * opens the new request's page through {@link Routes#openRequest}.
 */
public final class NewRequestScreen implements Screen {

    private final ScreenContext context;
    private final NewRequestView view;
    private final NewRequestController controller;

    public NewRequestScreen(ScreenContext context) {
        this.context = Objects.requireNonNull(context, "context");
        Locale locale = Messages.locale();
        NewRequestModel model = new NewRequestModel(locale);
        this.view = new NewRequestView(model, locale);
        this.controller = new NewRequestController(model, view, context.tasks(), context.routes(),
                context.shell().toasts(), locale);
    }

    @Override
    public String titleKey() {
        return "request.new.title";
    }

    @Override
    public Node view() {
        return view.root();
    }

    /** Empties the form for a new request. */
    public void clear() {
        controller.clear();
    }

    @Override
    public void activate() {
        controller.start(context.app().work().orElse(null));
    }

    @Override
    public void deactivate() {
        controller.stop();
    }
}
