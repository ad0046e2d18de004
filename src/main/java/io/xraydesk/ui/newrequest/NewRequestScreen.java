package io.xraydesk.ui.newrequest;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.AppServices;
import io.xraydesk.ui.Routes;
import io.xraydesk.ui.shell.Screen;
import io.xraydesk.ui.widgets.Toasts;
import java.util.Locale;
import java.util.Objects;
import javafx.scene.Node;

/**
 * The new-request form as a screen of the main window. Each time it is shown it starts empty for
 * the signed-in session; success opens the new request's page through {@link Routes#openRequest}.
 */
public final class NewRequestScreen implements Screen {

    private final AppServices services;
    private final NewRequestView view;
    private final NewRequestController controller;

    public NewRequestScreen(AppServices services, Toasts toasts, Routes routes) {
        this.services = Objects.requireNonNull(services, "services");
        Locale locale = Messages.locale();
        NewRequestModel model = new NewRequestModel(locale);
        this.view = new NewRequestView(model, locale);
        this.controller = new NewRequestController(model, view, services.tasks(),
                services.database().requestCache(), services.database().audit(), Objects.requireNonNull(routes, "routes"),
                Objects.requireNonNull(toasts, "toasts"), locale);
    }

    @Override
    public String titleKey() {
        return "request.new.title";
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void activate() {
        controller.start(services.session());
    }

    @Override
    public void deactivate() {
        controller.stop();
    }
}
