package io.xraydesk.ui.login;

import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.api.log.Redactor;
import io.xraydesk.core.i18n.FailureWords;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.session.CheckOutcome;
import io.xraydesk.core.session.CredentialCheck;
import io.xraydesk.core.session.DemoAccount;
import io.xraydesk.core.session.SignInAttempt;
import io.xraydesk.store.Environment;
import io.xraydesk.store.Profile;
import io.xraydesk.store.Settings;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.TaskHandle;
import io.xraydesk.ui.context.AppContext;
import io.xraydesk.ui.context.AppServices;
import io.xraydesk.ui.shell.Routes;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the credentials screen does, without controls: the form ({@link SignInModel}), the saved
 * profiles, the live check of the credentials through the one task executor, remembering them, the
 * sandbox's demo account. On success the session goes to the {@link AppContext} and the analyst
 * to {@link Routes#dashboard()}. Properties change on the UI thread only.
 */
final class SignInViewModel {

    private static final Logger LOG = Logger.getLogger(SignInViewModel.class.getName());

    private final AppContext app;
    private final AppServices services;
    private final BackgroundTasks tasks;
    private final Routes routes;
    private final Supplier<ConnectionSettings> connection;
    private final ProfileKeeper keeper;
    private final SignInModel model = new SignInModel();
    private final ObservableList<Profile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<Profile> selectedProfile = new SimpleObjectProperty<>(this, "selectedProfile");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    /**
     * The sandbox starts to fill in its demo account: shown beside the spinner, but the form stays
     * editable, so the first screen is usable before the sandbox answers.
     */
    private final BooleanProperty preparing = new SimpleBooleanProperty(this, "preparing");
    /** What the last action led to (a refusal, a failure); empty when there is nothing to say. */
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    /** What runs now, beside the spinner. */
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    /** Why the analyst is on this screen (signed out, token refused); empty for no reason. */
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private DemoAccount demo;
    private TaskHandle running;

    /**
     * @param connection builds the connection settings from the current network settings (blocking:
     *     it is called off the FX thread)
     */
    SignInViewModel(AppContext app, BackgroundTasks tasks, Routes routes, Supplier<ConnectionSettings> connection) {
        this.app = Objects.requireNonNull(app, "app");
        this.services = app.services();
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.routes = Objects.requireNonNull(routes, "routes");
        this.connection = Objects.requireNonNull(connection, "connection");
        this.keeper = new ProfileKeeper(services);
        model.environmentProperty().addListener((obs, old, now) -> environmentChanged(now));
    }

    SignInModel form() {
        return model;
    }

    ObservableList<Profile> profiles() {
        return profiles;
    }

    ObjectProperty<Profile> selectedProfileProperty() {
        return selectedProfile;
    }

    BooleanProperty busyProperty() {
        return busy;
    }

    BooleanProperty preparingProperty() {
        return preparing;
    }

    StringProperty messageProperty() {
        return message;
    }

    StringProperty statusProperty() {
        return status;
    }

    StringProperty reasonProperty() {
        return reason;
    }

    /**
     * Tells {@code note} why remembered tokens last only this session, once the keychain has
     * answered, and only if it is not there: the form is shown before that answer.
     */
    void whenSessionOnly(Consumer<String> note) {
        tasks.task("keychain", progress -> services.secrets().whyNotPersistent())
                .onSuccess(why -> why.ifPresent(reason -> {
                    // The analyst needs the consequence; the technical reason is for the log.
                    LOG.info("token kept for this session only: " + reason);
                    note.accept(Messages.get("signin.remember.session_only"));
                }))
                .start();
    }

    /**
     * Puts the last used profile in the form (or the sandbox demo when there is none) and, when
     * {@code signInIfRemembered} and its token is remembered, opens its session at once and checks the
     * token in the background ({@link #resume}).
     */
    void start(boolean signInIfRemembered) {
        Optional<Profile> last = services.settings().lastProfile();
        if (last.isEmpty()) {
            newProfile(Environment.SANDBOX);
            return;
        }
        selectedProfile.set(last.get());
        selectProfile(last.get(), signInIfRemembered);
    }

    /** The analyst picked {@code chosen} in the list of profiles. */
    void profileChosen(Profile chosen) {
        if (chosen != null && !chosen.equals(model.editingProperty().get())) {
            selectProfile(chosen, false);
        }
    }

    void showProfiles(Settings settings) {
        Profile editing = model.editingProperty().get();
        profiles.setAll(settings.profiles());
        if (editing != null) {
            settings.profile(editing.id()).ifPresent(selectedProfile::set);
        }
    }

    void newProfile(Environment environment) {
        selectedProfile.set(null);
        Environment before = model.environmentProperty().get();
        model.clearFor(environment);
        if (before == environment) {
            // Unchanged, so the environment listener did not run: fill the demo account here.
            environmentChanged(environment);
        }
    }

    void selectProfile(Profile profile, boolean signInIfRemembered) {
        model.fill(profile, "");
        message.set("");
        if (!profile.rememberToken()) {
            offerDemoToken(profile);
            return;
        }
        busy.set(true);
        status.set(Messages.get("signin.reading_token"));
        running = tasks.task("read remembered token", progress -> keeper.rememberedToken(profile))
                .onSuccess(token -> {
                    busy.set(false);
                    token.ifPresentOrElse(model.tokenProperty()::set, () -> offerDemoToken(profile));
                    if (signInIfRemembered && token.isPresent() && model.validProperty().get()) {
                        resume(profile, token.get());
                    }
                })
                .onFailure(failure -> {
                    busy.set(false);
                    message.set(Messages.get("signin.token.unreadable"));
                    LOG.log(Level.WARNING, "remembered token unreadable: " + Redactor.redact(String.valueOf(failure)));
                })
                .start();
    }

    /** A new Sandbox profile gets the demo account; leaving the sandbox takes the demo account away. */
    void environmentChanged(Environment now) {
        if (model.editingProperty().get() != null) {
            return;
        }
        if (now == Environment.SANDBOX) {
            withDemo(user -> {
                // Only into an untouched form: the analyst may have typed while the sandbox started.
                if (model.environmentProperty().get() == Environment.SANDBOX && model.editingProperty().get() == null
                        && model.userIdProperty().get().isEmpty() && model.tokenProperty().get().isEmpty()) {
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
        preparing.set(true);
        status.set(Messages.get("signin.starting_sandbox"));
        tasks.task("start sandbox", progress -> app.opener().sandbox().demoAccount())
                .onSuccess(user -> {
                    preparing.set(false);
                    demo = user;
                    use.accept(user);
                })
                .onFailure(failure -> {
                    preparing.set(false);
                    message.set(Messages.get("signin.sandbox.failed", FailureWords.of(failure)));
                })
                .start();
    }

    /**
     * Opens the remembered profile's session without waiting for the server: the requests list shows
     * from the local cache at once, and the credentials are checked right after, in the background. A
     * refusal fails that check's task with the refused token, which the task executor's failure filter
     * (the routes' session guard) turns into this screen with the reason, as for any refused call.
     */
    private void resume(Profile profile, String token) {
        Settings current = services.settings();
        busy.set(true);
        running = tasks.task("resume session", progress -> app.opener().resume(profile, token, connection.get(), current))
                .onSuccess(session -> {
                    busy.set(false);
                    reason.set("");
                    app.setSession(session);
                    routes.dashboard();
                    tasks.task("confirm remembered credentials", progress -> {
                        CredentialCheck.confirm(session.client());
                        return null;
                    }).start();
                })
                .onFailure(failure -> {
                    busy.set(false);
                    message.set(Messages.get("signin.failed", Redactor.redact(FailureWords.of(failure))));
                })
                .start();
    }

    void signIn() {
        if (!model.validProperty().get() || busy.get()) {
            return;
        }
        Profile profile = model.toProfile();
        String token = model.tokenProperty().get();
        Settings current = services.settings();
        busy.set(true);
        message.set("");
        status.set(Messages.get("signin.checking"));
        running = tasks.task("sign in", progress -> {
            SignInAttempt attempt = app.opener().signIn(profile, token, connection.get(), current);
            return new Outcome(attempt, attempt.check().accepted() ? save(current, profile, token) : null);
        }).onSuccess(this::finish).onFailure(failure -> {
            busy.set(false);
            message.set(Messages.get("signin.failed", Redactor.redact(FailureWords.of(failure))));
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

    private void finish(Outcome outcome) {
        busy.set(false);
        SignInAttempt attempt = outcome.attempt();
        if (attempt.session().isEmpty()) {
            message.set(attempt.check().message());
            return;
        }
        if (outcome.saved() != null) {
            services.publishSettings(outcome.saved());
            showProfiles(outcome.saved());
            outcome.saved().profile(attempt.session().get().profile().id()).ifPresent(saved -> {
                model.editingProperty().set(saved);
                selectedProfile.set(saved);
            });
        } else {
            message.set(Messages.get("signin.save.failed"));
        }
        reason.set("");
        app.setSession(attempt.session().get());
        routes.dashboard();
    }

    void cancel() {
        if (running != null && busy.get()) {
            running.cancel();
            busy.set(false);
            message.set(Messages.get(CheckOutcome.CANCELLED.messageKey()));
        }
        running = null;
    }

    /** Deletes the profile being edited (the analyst confirmed) and its remembered token. */
    void deleteProfile() {
        Profile profile = model.editingProperty().get();
        if (profile == null) {
            return;
        }
        Settings current = services.settings();
        busy.set(true);
        running = tasks.task("delete profile", progress -> keeper.delete(current, profile))
                .onSuccess(updated -> {
                    busy.set(false);
                    services.publishSettings(updated);
                    showProfiles(updated);
                    newProfile(Environment.SANDBOX);
                })
                .onFailure(failure -> {
                    busy.set(false);
                    message.set(Messages.get("signin.save.failed"));
                })
                .start();
    }

    /** What the sign-in task hands back to the FX thread; {@code saved} is null when saving failed. */
    private record Outcome(SignInAttempt attempt, Settings saved) {
    }
}
