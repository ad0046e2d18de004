package io.xraydesk.ui.settings;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.Settings;
import io.xraydesk.ui.shell.LanguageChoice;
import io.xraydesk.ui.shell.ScreenContext;
import io.xraydesk.ui.theme.ThemeChoice;
import io.xraydesk.ui.widgets.ChoiceText;
import io.xraydesk.ui.widgets.Icons;
import java.io.File;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.kordamp.ikonli.feather.Feather;

/**
 * Settings ▸ Preferences…: theme, language, upload concurrency, report notifications, the webhook
 * receiver, the default export folder and the team database (docs/team.md); the view over a {@link PreferencesViewModel}, which
 * saves them off the FX thread. Once saved they are handed to the application, which applies them
 * at once (theme, language, concurrency) or where they are next read (notifications, exports, the
 * receiver at the next sign-in). Cancel changes nothing.
 */
public final class PreferencesDialog {

    private final PreferencesViewModel viewModel;
    private final PreferencesModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    /** @param apply given the saved settings on the UI thread, to apply them to the running application */
    public PreferencesDialog(ScreenContext context, Consumer<Settings> apply) {
        this.viewModel = new PreferencesViewModel(context.services(), context.tasks(), apply);
        this.model = viewModel.form();
        SettingsForm.savingDialog(dialog, context.shell().stage(), context.tasks(), "preferences",
                "preferences.title", "preferences-save", viewModel.saveBlocked(), viewModel::save,
                viewModel.progress().savedProperty(), content());
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    public PreferencesModel model() {
        return model;
    }

    public void show() {
        dialog.show();
    }

    private Node content() {
        GridPane look = grid();
        look.addRow(0, new Label(Messages.get("preferences.theme")),
                choices("pref-theme", ThemeChoice.values(), model.themeProperty(), ThemeChoice::messageKey));
        look.addRow(1, new Label(Messages.get("preferences.language")),
                choices("pref-language", LanguageChoice.values(), model.languageProperty(),
                        LanguageChoice::messageKey));

        TextField concurrency = SettingsForm.field("pref-concurrency", model.uploadConcurrencyProperty());
        concurrency.setPrefColumnCount(4);
        concurrency.setMaxWidth(Region.USE_PREF_SIZE);
        Label concurrencyProblem = SettingsForm.problem(model.concurrencyProblem());
        concurrencyProblem.setId("pref-concurrency-problem");
        GridPane uploads = grid();
        uploads.addRow(0, new Label(Messages.get("preferences.uploads.concurrency")), concurrency);
        uploads.add(concurrencyProblem, 1, 1);
        uploads.add(SettingsForm.note(Messages.get("preferences.uploads.concurrency.note")), 0, 2, 2, 1);

        CheckBox notifications = new CheckBox(Messages.get("preferences.notifications"));
        notifications.setId("pref-notifications");
        notifications.selectedProperty().bindBidirectional(model.notificationsProperty());

        CheckBox webhook = new CheckBox(Messages.get("preferences.webhook.enabled"));
        webhook.setId("pref-webhook-enabled");
        webhook.selectedProperty().bindBidirectional(model.webhookEnabledProperty());
        TextField port = SettingsForm.field("pref-webhook-port", model.webhookPortProperty());
        port.setPrefColumnCount(6);
        port.setMaxWidth(Region.USE_PREF_SIZE);
        port.disableProperty().bind(model.webhookEnabledProperty().not());
        Label portProblem = SettingsForm.problem(model.portProblem());
        portProblem.setId("pref-webhook-port-problem");
        GridPane receiver = grid();
        receiver.add(webhook, 0, 0, 2, 1);
        receiver.addRow(1, new Label(Messages.get("preferences.webhook.port")), port);
        receiver.add(portProblem, 1, 2);
        receiver.add(SettingsForm.note(Messages.get("preferences.webhook.note")), 0, 3, 2, 1);

        TextField folder = SettingsForm.field("pref-export-folder", model.exportFolderProperty());
        folder.setPromptText(Messages.get("preferences.export.folder.prompt"));
        Button chooseFolder = new Button(Messages.get("preferences.export.folder.choose"), Icons.of(Feather.FOLDER));
        chooseFolder.setId("pref-export-choose");
        chooseFolder.setOnAction(event -> chooseExportFolder());
        HBox.setHgrow(folder, Priority.ALWAYS);

        VBox content = new VBox(8,
                SettingsForm.heading("preferences.appearance"), look, new Separator(),
                SettingsForm.heading("preferences.uploads"), uploads, new Separator(),
                SettingsForm.heading("preferences.notifications.heading"), notifications, new Separator(),
                SettingsForm.heading("preferences.webhook"), receiver, new Separator(),
                SettingsForm.heading("preferences.export"), new HBox(8, folder, chooseFolder), new Separator(),
                teamSection(),
                SettingsForm.error("preferences-error", viewModel.progress().errorProperty()));
        content.setPadding(new Insets(8, 12, 4, 12));
        content.setPrefWidth(560);
        return content;
    }

    /**
     * Folded unless an address is set: most analysts work alone, and the dialog must keep Save and Cancel
     * on a laptop's screen.
     */
    private Node teamSection() {
        TitledPane section = new TitledPane(Messages.get("preferences.team"),
                new TeamSettingPane(viewModel.team(), viewModel::checkTeam));
        section.setId("pref-team");
        section.setExpanded(!viewModel.team().addressProperty().get().isBlank());
        return section;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.getColumnConstraints().addAll(SettingsForm.labelColumn(), SettingsForm.fieldColumn());
        return grid;
    }

    private static <T> ComboBox<T> choices(String id, T[] values, ObjectProperty<T> choice,
            Function<T, String> messageKey) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(ChoiceText.of(value -> value == null ? "" : Messages.get(messageKey.apply(value))));
        box.valueProperty().bindBidirectional(choice);
        return box;
    }

    private void chooseExportFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("preferences.export.folder.choose"));
        File chosen = chooser.showDialog(dialog.getDialogPane().getScene().getWindow());
        if (chosen != null) {
            model.exportFolderProperty().set(chosen.getPath());
        }
    }
}
