package io.xraydesk.ui.login;

import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.api.log.Redactor;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.session.CheckOutcome;
import io.xraydesk.core.session.DemoAccount;
import io.xraydesk.core.session.SignInAttempt;
import io.xraydesk.store.Environment;
import io.xraydesk.store.Profile;
import io.xraydesk.store.Settings;
import io.xraydesk.ui.context.AppServices;
import io.xraydesk.ui.shell.ScreenContext;
import io.xraydesk.ui.concurrent.TaskHandle;
import io.xraydesk.ui.shell.Screen;
import io.xraydesk.ui.widgets.Dialogs;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * The credentials screen (controller of {@link SignInView} over {@link SignInModel}): profiles,
 * environment, the live check of the credentials, remembering them. On success the session is
 * published in the {@link io.xraydesk.ui.context.AppContext} and the analyst goes to the dashboard.
 */
public final class SignInScreen implements Screen {

    private static final Logger LOG = Logger.getLogger(SignInScreen.class.getName());

    private final ScreenContext context;
    private final AppServices services;
    private final Supplier<ConnectionSettings> connection;
    private final ProfileKeeper keeper;
    private final SignInModel model = new SignInModel();
    private final SignInView view = new SignInView();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private DemoAccount demo;
    private TaskHandle running;

    /**
     * @param connection builds the connection settings from the current network settings (blocking:
     *     it is called off the FX thread)
     */
    public SignInScreen(ScreenContext context, Supplier<ConnectionSettings> connection) {
        this.context = Objects.requireNonNull(context, "context");
        this.services = context.services();
        this.connection = Objects.requireNonNull(connection, "connection");
        this.keeper = new ProfileKeeper(services);
        bind();
        showProfiles(services.settings());
        services.secrets().whyNotPersistent().ifPresent(why -> {
            // The analyst needs the consequence; the technical reason is for the log.
            LOG.info("token kept for this session only: " + why);
            view.keychainNote.setText(Messages.get("signin.remember.session_only"));
            view.keychainNote.setVisible(true);
        });
    }

    public SignInModel model() {
        return model;
    }

    /** Shows why the analyst is here (signed out, token refused, automatic sign-in failed). */
    public void showReason(String reason) {
        view.reason.setText(reason == null ? "" : reason);
        view.reason.setVisible(reason != null && !reason.isBlank());
    }

    /**
     * Puts the last used profile in the form (or the sandbox demo when there is none) and, when
     * {@code signInIfRemembered} and its token is remembered, signs in with it at once — still
     * through the live check: a refused token leaves the analyst here with the reason.
     */
    public void start(boolean signInIfRemembered) {
        Optional<Profile> last = services.settings().lastProfile();
        if (last.isEmpty()) {
            newProfile(Environment.SANDBOX);
            return;
        }
        view.profiles.getSelectionModel().select(last.get());
        selectProfile(last.get(), signInIfRemembered);
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
        showProfiles(services.settings());
    }

    @Override
    public void deactivate() {
        cancel();
    }

    private void bind() {
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
        model.environmentProperty().addListener((obs, old, now) -> environmentChanged(now));

        view.signIn.disableProperty().bind(model.validProperty().not().or(busy));
        view.spinner.visibleProperty().bind(busy);
        view.message.visibleProperty().bind(view.message.textProperty().isNotEmpty());
        for (Node field : new Node[] {view.profiles, view.newProfile, view.environment, view.baseUrl, view.userId,
                view.token, view.tokenShown, view.reveal, view.version, view.businessId, view.profileName,
                view.rememberMe}) {
            field.disableProperty().bind(busy);
        }
        view.deleteProfile.disableProperty().bind(busy.or(model.editingProperty().isNull()));

        view.signIn.setOnAction(event -> signIn(false));
        view.cancel.setOnAction(event -> cancel());
        view.newProfile.setOnAction(event -> newProfile(model.environmentProperty().get()));
        view.deleteProfile.setOnAction(event -> deleteProfile());
        view.networkSettings.setOnAction(event -> context.routes().networkSettings());
        view.profiles.setOnAction(event -> {
            Profile chosen = view.profiles.getValue();
            if (chosen != null && !chosen.equals(model.editingProperty().get())) {
                selectProfile(chosen, false);
            }
        });
    }

    private void showProfiles(Settings settings) {
        Profile editing = model.editingProperty().get();
        view.profiles.getItems().setAll(settings.profiles());
        if (editing != null) {
            settings.profile(editing.id()).ifPresent(view.profiles::setValue);
        }
    }

    private void newProfile(Environment environment) {
        view.profiles.setValue(null);
        Environment before = model.environmentProperty().get();
        model.clearFor(environment);
        if (before == environment) {
            // Unchanged, so the environment listener did not run: fill the demo account here.
            environmentChanged(environment);
        }
    }

    private void selectProfile(Profile profile, boolean signInIfRemembered) {
        model.fill(profile, "");
        view.message.setText("");
        if (!profile.rememberToken()) {
            offerDemoToken(profile);
            return;
        }
        busy.set(true);
        view.status.setText(Messages.get("signin.reading_token"));
        running = context.tasks().task("read remembered token", progress -> keeper.rememberedToken(profile))
                .onSuccess(token -> {
                    busy.set(false);
                    token.ifPresentOrElse(model.tokenProperty()::set, () -> offerDemoToken(profile));
                    if (signInIfRemembered && token.isPresent() && model.validProperty().get()) {
                        signIn(true);
                    }
                })
                .onFailure(failure -> {
                    busy.set(false);
                    view.message.setText(Messages.get("signin.token.unreadable"));
                    LOG.log(Level.WARNING, "remembered token unreadable: " + Redactor.redact(String.valueOf(failure)));
                })
                .start();
    }

    /** A new Sandbox profile gets the demo account; leaving the sandbox takes the demo account away. */
    private void environmentChanged(Environment now) {
        view.showBaseUrl(now == Environment.CUSTOM);
        if (model.editingProperty().get() != null) {
            return;
        }
        if (now == Environment.SANDBOX) {
            withDemo(user -> {
                if (model.environmentProperty().get() == Environment.SANDBOX && model.editingProperty().get() == null) {
                    model.fillDemo(user.userId(), user.token(), user.businessId());
                }
            });
        } else if (demo != null && demo.userId().equals(model.userIdProperty().get())) {
            model.clearFor(now);
        }
    }

    /**
     * A saved sandbox profile of the demo account whose token was not kept (no keychain, or not
     * remembered) gets the demo token again: it is public, and asking the analyst to paste it would
     * only block the demo.
     */
    private void offerDemoToken(Profile profile) {
        if (profile.environment() != Environment.SANDBOX) {
            return;
        }
        withDemo(user -> {
            if (profile.equals(model.editingProperty().get()) && user.userId().equals(profile.userId())
                    && model.tokenProperty().get().isEmpty()) {
                model.tokenProperty().set(user.token());
            }
        });
    }

    /** Runs {@code use} with the sandbox's demo account, starting the sandbox first if needed. */
    private void withDemo(Consumer<DemoAccount> use) {
        if (demo != null) {
            use.accept(demo);
            return;
        }
        busy.set(true);
        view.status.setText(Messages.get("signin.starting_sandbox"));
        running = context.tasks().task("start sandbox", progress -> context.app().opener().sandbox().demoAccount())
                .onSuccess(user -> {
                    busy.set(false);
                    demo = user;
                    use.accept(user);
                })
                .onFailure(failure -> {
                    busy.set(false);
                    view.message.setText(Messages.get("signin.sandbox.failed", failure.getMessage()));
                })
                .start();
    }

    private void signIn(boolean automatic) {
        if (!model.validProperty().get() || busy.get()) {
            return;
        }
        Profile profile = model.toProfile();
        String token = model.tokenProperty().get();
        Settings current = services.settings();
        busy.set(true);
        view.message.setText("");
        view.status.setText(Messages.get("signin.checking"));
        running = context.tasks().task("sign in", progress -> {
            SignInAttempt attempt = context.app().opener().signIn(profile, token, connection.get(), current);
            return new Outcome(attempt, attempt.check().accepted() ? save(current, profile, token) : null);
        }).onSuccess(outcome -> finish(outcome, automatic)).onFailure(failure -> {
            busy.set(false);
            view.message.setText(Messages.get("signin.failed", Redactor.redact(String.valueOf(failure.getMessage()))));
        }).start();
    }

    /** Saving must not block the sign-in: a failure is logged and said, the session still opens. */
    private Settings save(Settings current, Profile profile, String token) {
        try {
            return keeper.remember(current, profile, token);
        } catch (IOException | RuntimeException failure) {
            LOG.log(Level.WARNING, "profile not saved: " + Redactor.redact(String.valueOf(failure.getMessage())));
            return null;
        }
    }

    private void finish(Outcome outcome, boolean automatic) {
        busy.set(false);
        SignInAttempt attempt = outcome.attempt();
        if (attempt.session().isEmpty()) {
            String text = attempt.check().message();
            view.message.setText(automatic ? Messages.get("signin.reason.auto_failed", text) : text);
            return;
        }
        if (outcome.saved() != null) {
            services.publishSettings(outcome.saved());
            showProfiles(outcome.saved());
            outcome.saved().profile(attempt.session().get().profile().id()).ifPresent(saved -> {
                model.editingProperty().set(saved);
                view.profiles.setValue(saved);
            });
        } else {
            view.message.setText(Messages.get("signin.save.failed"));
        }
        showReason(null);
        context.app().setSession(attempt.session().get());
        context.routes().dashboard();
    }

    private void cancel() {
        if (running != null && busy.get()) {
            running.cancel();
            busy.set(false);
            view.message.setText(Messages.get(CheckOutcome.CANCELLED.messageKey()));
        }
        running = null;
    }

    private void deleteProfile() {
        Profile profile = model.editingProperty().get();
        if (profile == null) {
            return;
        }
        if (view.root().getScene() == null) {
            return;
        }
        ButtonType delete = new ButtonType(Messages.get("signin.profile.delete"), ButtonBar.ButtonData.OK_DONE);
        Optional<ButtonType> answer = new Dialogs(view.root().getScene().getWindow()).choose(
                Messages.get("signin.profile.delete"),
                Messages.get("signin.profile.delete.message", profile.displayName()), delete, Dialogs.cancelButton());
        if (answer.filter(delete::equals).isEmpty()) {
            return;
        }
        Settings current = services.settings();
        busy.set(true);
        running = context.tasks().task("delete profile", progress -> keeper.delete(current, profile))
                .onSuccess(updated -> {
                    busy.set(false);
                    services.publishSettings(updated);
                    showProfiles(updated);
                    newProfile(Environment.SANDBOX);
                })
                .onFailure(failure -> {
                    busy.set(false);
                    view.message.setText(Messages.get("signin.save.failed"));
                })
                .start();
    }

    /** What the sign-in task hands back to the FX thread; {@code saved} is null when saving failed. */
    private record Outcome(SignInAttempt attempt, Settings saved) {
    }
}
