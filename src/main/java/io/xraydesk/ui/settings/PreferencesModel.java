package io.xraydesk.ui.settings;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.Settings;
import io.xraydesk.store.WebhookReceiverSettings;
import io.xraydesk.ui.shell.LanguageChoice;
import io.xraydesk.ui.theme.ThemeChoice;
import java.util.OptionalInt;
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
 * The preferences dialog's state and validation, without controls: what the analyst chose, each
 * typed number's problem in words, and the settings the form describes. Numbers are typed as text
 * so that a wrong one stays on screen with its explanation instead of being silently replaced.
 */
public final class PreferencesModel {

    /** Below 1024 a port needs administrator rights on most systems: the receiver could not open it. */
    static final int LOWEST_PORT = 1024;
    static final int HIGHEST_PORT = 65535;

    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<LanguageChoice> language = new SimpleObjectProperty<>();
    private final StringProperty uploadConcurrency = new SimpleStringProperty();
    private final BooleanProperty notifications = new SimpleBooleanProperty();
    private final BooleanProperty webhookEnabled = new SimpleBooleanProperty();
    private final StringProperty webhookPort = new SimpleStringProperty();
    private final StringProperty exportFolder = new SimpleStringProperty();

    private final StringBinding concurrencyProblem = Bindings.createStringBinding(() -> number(uploadConcurrency.get(),
                    Settings.MIN_UPLOAD_CONCURRENCY, Settings.MAX_UPLOAD_CONCURRENCY).isPresent() ? ""
                    : Messages.get("preferences.uploads.concurrency.invalid",
                            Settings.MIN_UPLOAD_CONCURRENCY, Settings.MAX_UPLOAD_CONCURRENCY),
            uploadConcurrency);
    // A port is only checked while the receiver is on: a stale value must not block other changes.
    private final StringBinding portProblem = Bindings.createStringBinding(() -> !webhookEnabled.get()
                    || number(webhookPort.get(), LOWEST_PORT, HIGHEST_PORT).isPresent() ? ""
                    : Messages.get("preferences.webhook.port.invalid", String.valueOf(LOWEST_PORT),
                            String.valueOf(HIGHEST_PORT)),
            webhookEnabled, webhookPort);
    private final BooleanBinding valid = concurrencyProblem.isEmpty().and(portProblem.isEmpty());

    public PreferencesModel(Settings saved) {
        theme.set(ThemeChoice.of(saved.theme()));
        language.set(LanguageChoice.parse(saved.locale()));
        uploadConcurrency.set(String.valueOf(saved.uploadConcurrency()));
        notifications.set(saved.desktopNotifications());
        webhookEnabled.set(saved.webhookReceiver().enabled());
        webhookPort.set(String.valueOf(saved.webhookReceiver().port()));
        exportFolder.set(saved.exportFolder() == null ? "" : saved.exportFolder());
    }

    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    public ObjectProperty<LanguageChoice> languageProperty() {
        return language;
    }

    public StringProperty uploadConcurrencyProperty() {
        return uploadConcurrency;
    }

    public BooleanProperty notificationsProperty() {
        return notifications;
    }

    public BooleanProperty webhookEnabledProperty() {
        return webhookEnabled;
    }

    public StringProperty webhookPortProperty() {
        return webhookPort;
    }

    /** The folder typed or chosen; blank leaves the choice to the platform's save dialog. */
    public StringProperty exportFolderProperty() {
        return exportFolder;
    }

    public StringBinding concurrencyProblem() {
        return concurrencyProblem;
    }

    public StringBinding portProblem() {
        return portProblem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** {@code base} with the form's choices; call only when valid. A port is kept even while the receiver is off. */
    public Settings applyTo(Settings base) {
        int port = number(webhookPort.get(), LOWEST_PORT, HIGHEST_PORT).orElse(base.webhookReceiver().port());
        return base.withTheme(theme.get().saved())
                .withLocale(language.get().savedTag())
                .withUploadConcurrency(number(uploadConcurrency.get(), Settings.MIN_UPLOAD_CONCURRENCY,
                        Settings.MAX_UPLOAD_CONCURRENCY).orElseThrow())
                .withDesktopNotifications(notifications.get())
                .withWebhookReceiver(new WebhookReceiverSettings(webhookEnabled.get(), port))
                .withExportFolder(exportFolder.get());
    }

    private static OptionalInt number(String text, int lowest, int highest) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            return value >= lowest && value <= highest ? OptionalInt.of(value) : OptionalInt.empty();
        } catch (NumberFormatException notANumber) {
            return OptionalInt.empty();
        }
    }
}
