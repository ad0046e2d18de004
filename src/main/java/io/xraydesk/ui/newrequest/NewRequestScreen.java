package io.xraydesk.ui.newrequest;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.shell.Routes;
import io.xraydesk.ui.shell.Screen;
import io.xraydesk.ui.shell.ScreenContext;
import io.xraydesk.ui.widgets.FocusWhenReady;
import io.xraydesk.ui.widgets.Toasts;
import java.util.Locale;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The new-request form as a screen of the main window: the {@link NewRequestView} bound to a {@link
 * NewRequestViewModel} (lookup, history check, submission) over the form's state ({@link
 * NewRequestModel}). Asked for anew it starts empty ({@link #clear()}); shown again after signing in
 * it keeps what was typed. Success opens the new request's page through {@link Routes#openRequest}.
 */
public final class NewRequestScreen implements Screen {

    private final ScreenContext context;
    private final NewRequestView view;
    private final NewRequestViewModel viewModel;

    public NewRequestScreen(ScreenContext context) {
        this.context = Objects.requireNonNull(context, "context");
        Locale locale = Messages.locale();
        NewRequestModel model = new NewRequestModel(locale);
        this.view = new NewRequestView(model, locale);
        Toasts toasts = context.shell().toasts();
        this.viewModel = new NewRequestViewModel(model, context.tasks(), context.routes(),
                (title, text) -> toasts.show(Toasts.Kind.WARNING, title, text), view::focus, locale,
                NewRequestViewModel.LOOKUP_DELAY);
        bindActions();
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
        viewModel.clear();
    }

    /** Takes what was typed in {@code previous}, the same form in the window before a language change. */
    public void keepTypedFrom(NewRequestScreen previous) {
        viewModel.form().copyTypedFrom(previous.viewModel.form());
    }

    @Override
    public void activate() {
        viewModel.start(context.app().work().orElse(null));
        FocusWhenReady.request(view.code);
    }

    @Override
    public void deactivate() {
        viewModel.stop();
    }

    private void bindActions() {
        view.duplicateText.textProperty().bind(viewModel.duplicateText());
        view.submit.disableProperty().bind(viewModel.submitBlocked());
        view.cancel.disableProperty().bind(viewModel.form().submittingProperty());
        view.submit.setOnAction(event -> viewModel.submit());
        view.cancel.setOnAction(event -> viewModel.leave());
        view.retryAnyway.setOnAction(event -> viewModel.retryAnyway());
        view.checkDashboard.setOnAction(event -> viewModel.checkDashboard());
        view.openDuplicate.setOnAction(event -> viewModel.openNewestDuplicate());
        // A filter, not the cancel-button mechanism: a text field with a formatter consumes Escape.
        view.root().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !popupOpen(event)) {
                event.consume();
                viewModel.leave();
            }
        });
    }

    /** Escape in an open drop-down closes the drop-down, not the form. */
    private static boolean popupOpen(KeyEvent event) {
        return event.getTarget() instanceof ComboBoxBase<?> box && box.isShowing();
    }
}
