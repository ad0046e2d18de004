package io.xraydesk.ui.settings;

import javafx.scene.control.ScrollPane;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.theme.ThemeManager;
import io.xraydesk.ui.widgets.Dialogs;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The parts the settings dialogs share: how they save and close, their grids, fields and messages. */
final class SettingsForm {

    private SettingsForm() {
    }

    /**
     * Sets up a dialog that saves in the background: Save runs {@code save} and stays open, disabled
     * while {@code blocked}; the dialog closes once {@code saved} turns true, so a failure leaves
     * everything typed in place. Cancel closes at once and changes nothing.
     */
    static void savingDialog(Dialog<ButtonType> dialog, Window owner, BackgroundTasks tasks, String id,
            String titleKey, String saveId, ObservableBooleanValue blocked, Runnable save,
            ObservableBooleanValue saved, Node content) {
        ButtonType saveType = new ButtonType(Messages.get("settings.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get(titleKey));
        dialog.setHeaderText(null);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getStylesheets().add(ThemeManager.APP_STYLESHEET);
        dialog.getDialogPane().getButtonTypes().addAll(saveType, Dialogs.cancelButton());
        // Scrolls when the window is lower than the form (French at 720 pixels high).
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        dialog.getDialogPane().setContent(scroll);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(saveType);
        saveButton.setId(saveId);
        saveButton.disableProperty().bind(blocked);
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            // The dialog closes only once the settings are on disk; until then it shows progress.
            event.consume();
            save.run();
        });
        saved.addListener((obs, was, now) -> {
            if (now) {
                dialog.setResult(saveType);
                dialog.close();
            }
        });
        dialog.setResizable(true);
        // Measured again once styled: the first measure, before the theme's fonts, is too small.
        dialog.setOnShown(event -> tasks.ui().execute(() -> fitInOwner(dialog.getDialogPane().getScene().getWindow(), owner)));
    }

    /**
     * Sized to its content, but no taller or wider than the window it belongs to, and over it. The size
     * comes from the content's own measure: under a window manager a size asked for (as {@code
     * sizeToScene} does) is granted later, so the window's size read back at once is still the old one.
     */
    private static void fitInOwner(Window dialog, Window owner) {
        Scene scene = dialog.getScene();
        // What the window manager draws around the content (nothing without one).
        double frameWidth = Math.max(0, dialog.getWidth() - scene.getWidth());
        double frameHeight = Math.max(0, dialog.getHeight() - scene.getHeight());
        Parent content = scene.getRoot();
        double width = Math.min(content.prefWidth(-1) + frameWidth, owner == null ? Double.MAX_VALUE : owner.getWidth());
        double height = Math.min(content.prefHeight(width - frameWidth) + frameHeight,
                owner == null ? Double.MAX_VALUE : owner.getHeight());
        dialog.setWidth(width);
        dialog.setHeight(height);
        if (owner != null) {
            dialog.setX(owner.getX() + (owner.getWidth() - width) / 2);
            dialog.setY(owner.getY() + (owner.getHeight() - height) / 2);
        }
    }

    static TextField field(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** A column of labels: they keep their whole text (French ones are long). */
    static ColumnConstraints labelColumn() {
        ColumnConstraints column = new ColumnConstraints();
        column.setMinWidth(Region.USE_PREF_SIZE);
        return column;
    }

    /** A column of fields: they share what the labels leave. */
    static ColumnConstraints fieldColumn() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setMinWidth(80);
        return column;
    }

    /** A field's problem under it, shown only while there is one. */
    static Label problem(StringBinding text) {
        Label label = new Label();
        label.getStyleClass().addAll("danger", "text-small");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        return label;
    }

    /** The whole dialog's problem (a failed save), taking room only while there is one. */
    static Label error(String id, ObservableStringValue text) {
        Label error = new Label();
        error.setId(id);
        error.textProperty().bind(text);
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        return error;
    }

    /** A muted explanation that wraps: without a minimum height a dialog cuts it to one line. */
    static Label note(String text) {
        Label note = new Label(text);
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        return note;
    }

    static Label heading(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("title-4");
        return label;
    }
}
