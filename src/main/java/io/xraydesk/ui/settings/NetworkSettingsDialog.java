package io.xraydesk.ui.settings;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.session.NetworkConnections;
import io.xraydesk.store.ProxyMode;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.shell.ScreenContext;
import io.xraydesk.ui.theme.ThemeManager;
import io.xraydesk.ui.widgets.Dialogs;
import io.xraydesk.ui.widgets.Icons;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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

    private final BackgroundTasks tasks;
    private final NetworkSettingsViewModel viewModel;
    private final NetworkSettingsModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType save = new ButtonType(Messages.get("network.save"), ButtonBar.ButtonData.OK_DONE);
    private final ListView<String> caList = new ListView<>();
    private final Label error = new Label();
    private final ConnectionTestPane test;

    /** @param testTarget the address offered to the connection test (the API in use) */
    public NetworkSettingsDialog(ScreenContext context, URI testTarget) {
        this.tasks = context.tasks();
        Window owner = context.shell().stage();
        this.viewModel = new NetworkSettingsViewModel(context.services(), tasks);
        this.model = viewModel.form();
        this.test = new ConnectionTestPane(tasks, testTarget,
                () -> NetworkConnections.settings(model.toSettings(), Optional.of(model.passwordToKeep())));
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("network.title"));
        dialog.setHeaderText(null);
        dialog.getDialogPane().setId("network-settings");
        dialog.getDialogPane().getStylesheets().add(ThemeManager.APP_STYLESHEET);
        dialog.getDialogPane().getButtonTypes().addAll(save, Dialogs.cancelButton());
        dialog.getDialogPane().setContent(content());
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("network-save");
        saveButton.disableProperty().bind(viewModel.saveBlocked());
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            // The dialog closes only once the settings are on disk; until then it shows progress.
            event.consume();
            viewModel.save();
        });
        viewModel.savedProperty().addListener((obs, was, now) -> {
            if (now) {
                dialog.setResult(save);
                dialog.close();
            }
        });
        dialog.setOnHidden(event -> test.stop());
        dialog.setResizable(true);
        // Measured again once styled: the first measure, before the theme's fonts, is too small.
        dialog.setOnShown(event -> tasks.ui().execute(
                () -> dialog.getDialogPane().getScene().getWindow().sizeToScene()));
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
        TextField host = field("proxy-host", model.hostProperty());
        TextField port = field("proxy-port", model.portProperty());
        port.setPrefColumnCount(6);
        TextField username = field("proxy-username", model.usernameProperty());
        PasswordField password = new PasswordField();
        password.setId("proxy-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        GridPane manual = new GridPane();
        manual.setHgap(8);
        manual.setVgap(4);
        manual.setPadding(new Insets(0, 0, 0, 24));
        // Labels keep their whole text (French ones are long); the fields share what is left.
        manual.getColumnConstraints().addAll(labelColumn(), fieldColumn(), labelColumn(), fieldColumn());
        manual.addRow(0, new Label(Messages.get("network.proxy.host")), host, new Label(Messages.get("network.proxy.port")), port);
        manual.add(problem(model.hostProblem()), 1, 1);
        manual.add(problem(model.portProblem()), 3, 1);
        manual.addRow(2, new Label(Messages.get("network.proxy.username")), username,
                new Label(Messages.get("network.proxy.password")), password);
        manual.disableProperty().bind(model.proxyModeProperty().isNotEqualTo(ProxyMode.MANUAL));
        if (viewModel.passwordsForThisSessionOnly()) {
            Label note = new Label(Messages.get("network.proxy.password.session_only"));
            note.getStyleClass().add("text-muted");
            note.setWrapText(true);
            manual.add(note, 0, 3, 4, 1);
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
        Label trustText = new Label(Messages.get("network.trust.explanation"));
        trustText.setWrapText(true);
        trustText.getStyleClass().add("text-muted");
        // Without it a wrapping label in a dialog is measured as one line and cut with an ellipsis.
        trustText.setMinHeight(Region.USE_PREF_SIZE);

        error.setId("network-error");
        error.textProperty().bind(viewModel.errorProperty());
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());

        // Compact: a dialog is capped at 80 % of the screen's height, and small laptops have 768 px.
        VBox content = new VBox(8,
                heading("network.proxy"), proxyChoices, manual, new Separator(),
                heading("network.trust"), trustText, caList, new HBox(8, importCa, removeCa), new Separator(),
                heading("network.test"), test, error);
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

    private static TextField field(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static ColumnConstraints labelColumn() {
        ColumnConstraints column = new ColumnConstraints();
        column.setMinWidth(Region.USE_PREF_SIZE);
        return column;
    }

    private static ColumnConstraints fieldColumn() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setMinWidth(80);
        return column;
    }

    private static Label problem(StringBinding text) {
        Label label = new Label();
        label.getStyleClass().addAll("danger", "text-small");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        return label;
    }

    private static Label heading(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("title-4");
        return label;
    }
}
