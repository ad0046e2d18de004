package io.xraydesk.ui.settings;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.NetworkSettings;
import io.xraydesk.store.ProxyMode;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The network dialog's state and validation (manual proxy host and port), without controls. */
public final class NetworkSettingsModel {

    private final ObjectProperty<ProxyMode> proxyMode = new SimpleObjectProperty<>(ProxyMode.SYSTEM);
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObservableList<String> caFiles = FXCollections.observableArrayList();

    private final StringBinding hostProblem = Bindings.createStringBinding(() -> proxyMode.get() == ProxyMode.MANUAL
            && host.get().isBlank() ? Messages.get("network.proxy.host.empty") : "", proxyMode, host);
    private final StringBinding portProblem = Bindings.createStringBinding(() -> proxyMode.get() == ProxyMode.MANUAL
            && parsedPort() < 0 ? Messages.get("network.proxy.port.invalid") : "", proxyMode, port);
    private final BooleanBinding valid = hostProblem.isEmpty().and(portProblem.isEmpty());

    public NetworkSettingsModel(NetworkSettings saved, String savedPassword) {
        proxyMode.set(saved.proxyMode());
        host.set(saved.proxyHost() == null ? "" : saved.proxyHost());
        port.set(saved.proxyPort() == null ? "" : String.valueOf(saved.proxyPort()));
        username.set(saved.proxyUsername() == null ? "" : saved.proxyUsername());
        password.set(savedPassword == null ? "" : savedPassword);
        caFiles.setAll(saved.importedCaFiles());
    }

    public ObjectProperty<ProxyMode> proxyModeProperty() {
        return proxyMode;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObservableList<String> caFiles() {
        return caFiles;
    }

    public StringBinding hostProblem() {
        return hostProblem;
    }

    public StringBinding portProblem() {
        return portProblem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** The settings the form describes; call only when valid. Host and port are kept for every mode. */
    public NetworkSettings toSettings() {
        int parsed = parsedPort();
        return new NetworkSettings(proxyMode.get(), host.get().isBlank() ? null : host.get().strip(),
                parsed < 0 ? null : parsed, username.get().isBlank() ? null : username.get().strip(), caFiles);
    }

    /** The proxy password to keep, empty when none is needed. */
    public String passwordToKeep() {
        return proxyMode.get() == ProxyMode.MANUAL && !username.get().isBlank() ? password.get() : "";
    }

    private int parsedPort() {
        try {
            int value = Integer.parseInt(port.get().strip());
            return value >= 1 && value <= 65535 ? value : -1;
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }
}
