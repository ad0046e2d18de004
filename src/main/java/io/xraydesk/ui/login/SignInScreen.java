package io.xraydesk.ui.login;

import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.Environment;
import io.xraydesk.store.Profile;
import io.xraydesk.ui.shell.Screen;
import io.xraydesk.ui.shell.ScreenContext;
import io.xraydesk.ui.widgets.Dialogs;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * The credentials screen: the {@link SignInView} bound to a {@link SignInViewModel} (profiles,
 * environment, the live check of the credentials, remembering them). The screen only binds, asks
 * before deleting a profile, and passes its lifecycle on.
 */
public final class SignInScreen implements Screen {

    private final ScreenContext context;
    private final SignInViewModel viewModel;
    private final SignInModel model;
    private final SignInView view = new SignInView();

    /**
     * @param connection builds the connection settings from the current network settings (blocking:
     *     it is called off the FX thread)
     */
    public SignInScreen(ScreenContext context, Supplier<ConnectionSettings> connection) {
        this.context = Objects.requireNonNull(context, "context");
        this.viewModel = new SignInViewModel(context.app(), context.tasks(), context.routes(), connection);
        this.model = viewModel.form();
        bindForm();
        bindState();
        bindActions();
        viewModel.showProfiles(context.services().settings());
        viewModel.whenSessionOnly(note -> {
            view.keychainNote.setText(note);
            view.keychainNote.setVisible(true);
        });
    }

    public SignInModel model() {
        return model;
    }

    /** Shows why the analyst is here (signed out, token refused, automatic sign-in failed). */
    public void showReason(String reason) {
        viewModel.reasonProperty().set(reason == null || reason.isBlank() ? "" : reason);
    }

    /**
     * Puts the last used profile in the form (or the sandbox demo when there is none) and, when
     * {@code signInIfRemembered} and its token is remembered, signs in with it at once.
     */
    public void start(boolean signInIfRemembered) {
        viewModel.start(signInIfRemembered);
    }

    @Override
    public String titleKey() {
        return "signin.title";
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void activate() {
        viewModel.showProfiles(context.services().settings());
    }

    @Override
    public void deactivate() {
        viewModel.cancel();
    }

    private void bindForm() {
        view.environment.valueProperty().bindBidirectional(model.environmentProperty());
        view.baseUrl.textProperty().bindBidirectional(model.baseUrlProperty());
        view.userId.textProperty().bindBidirectional(model.userIdProperty());
        view.token.textProperty().bindBidirectional(model.tokenProperty());
        view.tokenShown.textProperty().bindBidirectional(model.tokenProperty());
        view.version.textProperty().bindBidirectional(model.versionProperty());
        view.businessId.textProperty().bindBidirectional(model.businessIdProperty());
        view.profileName.textProperty().bindBidirectional(model.profileNameProperty());
        view.rememberMe.selectedProperty().bindBidirectional(model.rememberMeProperty());
        SignInView.bindProblem(view.baseUrlProblem, model.baseUrlProblem());
        SignInView.bindProblem(view.userIdProblem, model.userIdProblem());
        SignInView.bindProblem(view.tokenProblem, model.tokenProblem());
        SignInView.bindProblem(view.versionProblem, model.versionProblem());
        SignInView.bindProblem(view.businessIdProblem, model.businessIdProblem());
        view.showBaseUrl(model.environmentProperty().get() == Environment.CUSTOM);
        model.environmentProperty().addListener((obs, old, now) -> view.showBaseUrl(now == Environment.CUSTOM));
    }

    private void bindState() {
        view.profiles.setItems(viewModel.profiles());
        view.profiles.valueProperty().bindBidirectional(viewModel.selectedProfileProperty());
        view.message.textProperty().bind(viewModel.messageProperty());
        view.status.textProperty().bind(viewModel.statusProperty());
        view.reason.textProperty().bind(viewModel.reasonProperty());
        view.reason.visibleProperty().bind(viewModel.reasonProperty().isNotEmpty());
        BooleanProperty busy = viewModel.busyProperty();
        view.signIn.disableProperty().bind(model.validProperty().not().or(busy));
        view.spinner.visibleProperty().bind(busy.or(viewModel.preparingProperty()));
        view.cancel.visibleProperty().bind(busy); // starting the sandbox is not the analyst's to cancel
        view.message.visibleProperty().bind(view.message.textProperty().isNotEmpty());
        for (Node field : new Node[] {view.profiles, view.newProfile, view.environment, view.baseUrl, view.userId,
                view.token, view.tokenShown, view.reveal, view.version, view.businessId, view.profileName,
                view.rememberMe}) {
            field.disableProperty().bind(busy);
        }
        view.deleteProfile.disableProperty().bind(busy.or(model.editingProperty().isNull()));
    }

    private void bindActions() {
        view.signIn.setOnAction(event -> viewModel.signIn());
        view.cancel.setOnAction(event -> viewModel.cancel());
        view.newProfile.setOnAction(event -> viewModel.newProfile(model.environmentProperty().get()));
        view.deleteProfile.setOnAction(event -> confirmDelete());
        view.networkSettings.setOnAction(event -> context.routes().networkSettings());
        view.profiles.setOnAction(event -> viewModel.profileChosen(view.profiles.getValue()));
    }

    private void confirmDelete() {
        Profile profile = model.editingProperty().get();
        if (profile == null || view.root().getScene() == null) {
            return;
        }
        ButtonType delete = new ButtonType(Messages.get("signin.profile.delete"), ButtonBar.ButtonData.OK_DONE);
        Optional<ButtonType> answer = new Dialogs(view.root().getScene().getWindow()).choose(
                Messages.get("signin.profile.delete"),
                Messages.get("signin.profile.delete.message", profile.displayName()), delete, Dialogs.cancelButton());
        if (answer.filter(delete::equals).isPresent()) {
            viewModel.deleteProfile();
        }
    }
}
