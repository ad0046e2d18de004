package io.xraydesk.ui.login;

import io.xraydesk.api.ApiCredentials;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.session.BaseUrlRule;
import io.xraydesk.core.session.PastedSecret;
import io.xraydesk.store.Environment;
import io.xraydesk.store.Profile;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The sign-in form's state and its validation, without any control: each field has a problem text
 * (empty when the field is fine) and {@link #validProperty()} is true only when all are empty.
 * Call on the FX thread.
 */
public final class SignInModel {

    private static final DateTimeFormatter VERSION_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final ObjectProperty<Environment> environment = new SimpleObjectProperty<>(Environment.SANDBOX);
    private final StringProperty baseUrl = new SimpleStringProperty("");
    private final StringProperty userId = new SimpleStringProperty("");
    private final StringProperty token = new SimpleStringProperty("");
    private final StringProperty version = new SimpleStringProperty(ApiCredentials.DEFAULT_VERSION);
    private final StringProperty businessId = new SimpleStringProperty("");
    private final StringProperty profileName = new SimpleStringProperty("");
    private final BooleanProperty rememberMe = new SimpleBooleanProperty(true);
    /** The saved profile being edited; null for a new one. */
    private final ObjectProperty<Profile> editing = new SimpleObjectProperty<>();

    private final StringBinding baseUrlProblem = Bindings.createStringBinding(() -> environment.get() != Environment.CUSTOM
            ? "" : BaseUrlRule.check(baseUrl.get()).map(p -> Messages.get(p.messageKey())).orElse(""),
            environment, baseUrl);
    private final StringBinding userIdProblem = Bindings.createStringBinding(() -> headerProblem(userId.get(),
            "signin.userid.empty", "signin.userid.spaces"), userId);
    private final StringBinding tokenProblem = Bindings.createStringBinding(() -> headerProblem(token.get(),
            "signin.token.empty", "signin.token.spaces"), token);
    private final StringBinding versionProblem = Bindings.createStringBinding(() -> versionProblem(version.get()),
            version);
    private final StringBinding businessIdProblem = Bindings.createStringBinding(() -> businessId.get().isBlank()
            || !hasSpaceOrControl(businessId.get().strip()) ? "" : Messages.get("signin.business.spaces"), businessId);
    private final BooleanBinding valid = Bindings.createBooleanBinding(
            () -> baseUrlProblem.get().isEmpty() && userIdProblem.get().isEmpty() && tokenProblem.get().isEmpty()
                    && versionProblem.get().isEmpty() && businessIdProblem.get().isEmpty(),
            baseUrlProblem, userIdProblem, tokenProblem, versionProblem, businessIdProblem);

    public SignInModel() {
        // A pasted token often comes with spaces, a line break or quotes around it.
        token.addListener((obs, old, now) -> {
            String clean = PastedSecret.clean(now);
            if (!clean.equals(now)) {
                token.set(clean);
            }
        });
    }

    public ObjectProperty<Environment> environmentProperty() { return environment; }
    public StringProperty baseUrlProperty() { return baseUrl; }
    public StringProperty userIdProperty() { return userId; }
    public StringProperty tokenProperty() { return token; }
    public StringProperty versionProperty() { return version; }
    public StringProperty businessIdProperty() { return businessId; }
    public StringProperty profileNameProperty() { return profileName; }
    public BooleanProperty rememberMeProperty() { return rememberMe; }
    public ObjectProperty<Profile> editingProperty() { return editing; }

    public StringBinding baseUrlProblem() { return baseUrlProblem; }
    public StringBinding userIdProblem() { return userIdProblem; }
    public StringBinding tokenProblem() { return tokenProblem; }
    public StringBinding versionProblem() { return versionProblem; }
    public StringBinding businessIdProblem() { return businessIdProblem; }
    public BooleanBinding validProperty() { return valid; }

    /** Puts a saved profile in the form; {@code rememberedToken} is empty when none is kept. */
    public void fill(Profile profile, String rememberedToken) {
        editing.set(profile);
        environment.set(profile.environment());
        baseUrl.set(nullToEmpty(profile.baseUrl()));
        userId.set(nullToEmpty(profile.userId()));
        version.set(profile.octoberVersion() == null ? ApiCredentials.DEFAULT_VERSION : profile.octoberVersion());
        businessId.set(nullToEmpty(profile.businessId()));
        profileName.set(nullToEmpty(profile.displayName()));
        rememberMe.set(profile.rememberToken());
        token.set(nullToEmpty(rememberedToken));
    }

    /** An empty form for a new profile of {@code env}. */
    public void clearFor(Environment env) {
        editing.set(null);
        environment.set(env);
        baseUrl.set("");
        userId.set("");
        token.set("");
        version.set(ApiCredentials.DEFAULT_VERSION);
        businessId.set("");
        profileName.set("");
        rememberMe.set(true);
    }

    /** Fills what the sandbox's demo account needs, leaving the other fields as they are. */
    public void fillDemo(String demoUserId, String demoToken, String demoBusinessId) {
        userId.set(demoUserId);
        token.set(demoToken);
        businessId.set(demoBusinessId);
        if (profileName.get().isBlank()) {
            profileName.set(Messages.get("signin.profile.demo_name"));
        }
    }

    /** The profile the form describes: the edited one's id, or a new id. Call only when valid. */
    public Profile toProfile() {
        String id = editing.get() != null ? editing.get().id() : UUID.randomUUID().toString();
        Environment env = environment.get();
        String name = profileName.get().isBlank() ? defaultName(env) : profileName.get().strip();
        return new Profile(id, name, env, env == Environment.CUSTOM ? baseUrl.get().strip() : null,
                userId.get().strip(), version.get().strip(), emptyToNull(businessId.get().strip()), rememberMe.get());
    }

    private String defaultName(Environment env) {
        String user = userId.get().strip();
        String shortUser = user.length() <= 8 ? user : user.substring(user.length() - 6);
        return Messages.get("signin.profile.default_name",
                Messages.get("environment." + env.name().toLowerCase(Locale.ROOT)), shortUser);
    }

    private static String headerProblem(String value, String emptyKey, String spacesKey) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return Messages.get(emptyKey);
        }
        return hasSpaceOrControl(text) ? Messages.get(spacesKey) : "";
    }

    private static String versionProblem(String value) {
        try {
            LocalDate.parse(value == null ? "" : value.strip(), VERSION_DATE);
            return "";
        } catch (DateTimeParseException notADate) {
            return Messages.get("signin.version.invalid", ApiCredentials.DEFAULT_VERSION);
        }
    }

    private static boolean hasSpaceOrControl(String value) {
        return value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
