package io.xraydesk.ui.settings;

import io.xraydesk.core.i18n.FailureWords;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.SecretKeys;
import io.xraydesk.store.SecretStore;
import io.xraydesk.store.Settings;
import io.xraydesk.store.StoreException;
import io.xraydesk.store.TeamDatabase;
import io.xraydesk.store.TeamDatabaseAddress;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.TaskHandle;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The team part of the preferences (docs/team.md, "Connect a workstation"), without controls: the team
 * database's address as typed (blank: working alone), with its problem in words; the role's password,
 * which goes to the keychain and never to the settings file (blank: keep the one saved); and the check
 * of both against the server, off the FX thread. Properties change on the UI thread only.
 */
final class TeamSettingForm {

    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyStringWrapper checked = new ReadOnlyStringWrapper(this, "checked", "");
    private final StringBinding addressProblem = Bindings.createStringBinding(() -> problem(address.get()), address);
    private TaskHandle checking;

    TeamSettingForm(Settings saved) {
        address.set(saved.teamDatabase() == null ? "" : saved.teamDatabase());
    }

    StringProperty addressProperty() {
        return address;
    }

    StringProperty passwordProperty() {
        return password;
    }

    /** Empty while the address is blank or readable. */
    StringBinding addressProblem() {
        return addressProblem;
    }

    /** What the last check found, in words; empty before any. */
    ReadOnlyStringProperty checkedProperty() {
        return checked.getReadOnlyProperty();
    }

    /** {@code base} with the address typed; call only when it has no problem. */
    Settings applyTo(Settings base) {
        return base.withTeamDatabase(address.get().strip());
    }

    /** Writes a password typed to the keychain; blocking (the keychain), off the FX thread. */
    void savePassword(SecretStore keychain, String typed) {
        if (!typed.isEmpty()) {
            keychain.write(SecretKeys.TEAM_DB_PASSWORD, typed);
        }
    }

    /**
     * Connects to the address typed with the password typed (else the keychain's) and brings the schema
     * up to date, as the application will; says how it went. Nothing is saved.
     */
    void check(BackgroundTasks tasks, Supplier<SecretStore> keychain) {
        if (!addressProblem.get().isEmpty() || address.get().isBlank()) {
            return;
        }
        if (checking != null) {
            checking.cancel();
        }
        TeamDatabaseAddress target = TeamDatabaseAddress.parse(address.get().strip());
        String typed = password.get();
        checked.set(Messages.get("preferences.team.checking", target.toString()));
        checking = tasks.task("check the team database", progress -> {
            String secret = typed.isEmpty() ? keychain.get().read(SecretKeys.TEAM_DB_PASSWORD).orElse(null) : typed;
            try (TeamDatabase opened = TeamDatabase.open(target, secret)) {
                return Optional.<String>empty();
            } catch (StoreException e) {
                return Optional.of(e.getMessage());
            }
        }).onSuccess(failure -> checked.set(failure.map(message -> Messages.get("preferences.team.check.failed",
                message)).orElseGet(() -> Messages.get("preferences.team.check.ok", target.toString()))))
                .onFailure(failure -> checked.set(Messages.get("preferences.team.check.failed",
                        FailureWords.of(failure))))
                .start();
    }

    private static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        try {
            TeamDatabaseAddress.parse(text.strip());
            return "";
        } catch (IllegalArgumentException e) {
            // The parser's own words may quote what was typed: a password typed there is never shown.
            return Messages.get("preferences.team.address.invalid");
        }
    }
}
