package io.xraydesk.ui.settings;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.session.NetworkConnections;
import io.xraydesk.store.ProxyMode;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.shell.ScreenContext;
import io.xraydesk.ui.widgets.Icons;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * Settings ▸ Network…: the proxy (system, none, manual with optional credentials — the password in
 * the secret store), the imported CA certificates, and a step-by-step connection test using the
 * settings as edited: the view over a {@link NetworkSettingsViewModel}, which reads and writes the
 * settings file and the secret off the FX thread. The next sign-in builds its connection from them
 * (API and S3 share it).
 */
public final class NetworkSettingsDialog {

    private final NetworkSettingsViewModel viewModel;
    private final NetworkSettingsModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ListView<String> caList = new ListView<>();
    private final ConnectionTestPane test;

    /** @param testTarget the address offered to the connection test (the API in use) */
    public NetworkSettingsDialog(ScreenContext context, URI testTarget) {
        BackgroundTasks tasks = context.tasks();
        Window owner = context.shell().stage();
        this.viewModel = new NetworkSettingsViewModel(context.services(), tasks);
        this.model = viewModel.form();
        this.test = new ConnectionTestPane(tasks, testTarget,
                () -> NetworkConnections.settings(model.toSettings(), Optional.of(model.passwordToKeep())));
        SettingsForm.savingDialog(dialog, owner, tasks, "network-settings", "network.title", "network-save",
                viewModel.saveBlocked(), viewModel::save, viewModel.progress().savedProperty(), content());
        dialog.setOnHidden(event -> test.stop());
        viewModel.loadPassword();
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    public NetworkSettingsModel model() {
        return model;
    }

    public void show() {
        dialog.show();
    }

    private Node content() {
        ToggleGroup modes = new ToggleGroup();
        VBox proxyChoices = new VBox(6);
        for (ProxyMode mode : ProxyMode.values()) {
            RadioButton choice = new RadioButton(Messages.get("network.proxy." + mode.name().toLowerCase(Locale.ROOT)));
            choice.setId("proxy-" + mode.name().toLowerCase(Locale.ROOT));
            choice.setToggleGroup(modes);
            choice.setSelected(model.proxyModeProperty().get() == mode);
            choice.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    model.proxyModeProperty().set(mode);
                }
            });
            proxyChoices.getChildren().add(choice);
        }
        TextField host = SettingsForm.field("proxy-host", model.hostProperty());
        TextField port = SettingsForm.field("proxy-port", model.portProperty());
        port.setPrefColumnCount(6);
        TextField username = SettingsForm.field("proxy-username", model.usernameProperty());
        PasswordField password = new PasswordField();
        password.setId("proxy-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        GridPane manual = new GridPane();
        manual.setHgap(8);
        manual.setVgap(4);
        manual.setPadding(new Insets(0, 0, 0, 24));
        // Labels keep their whole text (French ones are long); the fields share what is left.
        manual.getColumnConstraints().addAll(SettingsForm.labelColumn(), SettingsForm.fieldColumn(),
                SettingsForm.labelColumn(), SettingsForm.fieldColumn());
        manual.addRow(0, new Label(Messages.get("network.proxy.host")), host, new Label(Messages.get("network.proxy.port")), port);
        manual.add(SettingsForm.problem(model.hostProblem()), 1, 1);
        manual.add(SettingsForm.problem(model.portProblem()), 3, 1);
        manual.addRow(2, new Label(Messages.get("network.proxy.username")), username,
                new Label(Messages.get("network.proxy.password")), password);
        manual.disableProperty().bind(model.proxyModeProperty().isNotEqualTo(ProxyMode.MANUAL));
        if (viewModel.passwordsForThisSessionOnly()) {
            manual.add(SettingsForm.note(Messages.get("network.proxy.password.session_only")), 0, 3, 4, 1);
        }

        caList.setId("ca-list");
        caList.setItems(model.caFiles());
        caList.setPrefHeight(60);
        caList.setMinHeight(60);
        caList.setPlaceholder(new Label(Messages.get("network.trust.empty")));
        Button importCa = new Button(Messages.get("network.trust.import"), Icons.of(Feather.PLUS));
        importCa.setId("ca-import");
        importCa.setOnAction(event -> chooseCertificate());
        Button removeCa = new Button(Messages.get("network.trust.remove"), Icons.of(Feather.TRASH_2));
        removeCa.setId("ca-remove");
        removeCa.disableProperty().bind(caList.getSelectionModel().selectedItemProperty().isNull());
        removeCa.setOnAction(event -> model.caFiles().remove(caList.getSelectionModel().getSelectedItem()));
        Label trustText = SettingsForm.note(Messages.get("network.trust.explanation"));
        Label error = SettingsForm.error("network-error", viewModel.progress().errorProperty());

        // Compact: a dialog is capped at 80 % of the screen's height, and small laptops have 768 px.
        VBox content = new VBox(8,
                SettingsForm.heading("network.proxy"), proxyChoices, manual, new Separator(),
                SettingsForm.heading("network.trust"), trustText, caList, new HBox(8, importCa, removeCa), new Separator(),
                SettingsForm.heading("network.test"), test, error);
        content.setPadding(new Insets(8, 12, 4, 12));
        content.setPrefWidth(600);
        return content;
    }

    /** Imports the chosen file at once (a copy in the data folder); it counts once the dialog is saved. */
    private void chooseCertificate() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("network.trust.import"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("network.trust.files"), "*.pem", "*.crt", "*.cer", "*.der"),
                new FileChooser.ExtensionFilter(Messages.get("network.trust.all_files"), "*"));
        File file = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
        if (file != null) {
            importCertificate(file.toPath());
        }
    }

    /** Copies a PEM or DER certificate into the data folder and lists it (the file chooser's action). */
    public void importCertificate(Path source) {
        viewModel.importCertificate(source);
    }
}
