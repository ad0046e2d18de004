package io.xraydesk.ui.widgets;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.Button;
import io.xraydesk.api.log.PrintableText;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.theme.ThemeManager;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The application's modal messages: errors that say what happened (with technical details folded
 * away for support), confirmations, plain information. All are owned by the main window, carry the
 * application icon and stylesheet. Call on the FX thread; texts are already translated. Texts may
 * quote a server or a file name, so each of their lines is shown with its control characters
 * escaped (see {@link PrintableText}).
 */
public final class Dialogs {

    /**
     * Until start-up installs the real redaction, details are withheld entirely: showing none is
     * better than showing a session token.
     */
    static final Function<String, String> WITHHOLD_DETAILS = details -> "";

    private static volatile Function<String, String> redaction = WITHHOLD_DETAILS;

    private final Window owner;

    public Dialogs(Window owner) {
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    /**
     * Installs, once at start-up, the function that removes secrets (session token, user id, S3
     * signatures) from any technical text before a dialog shows it.
     */
    public static void installRedaction(Function<String, String> secretsRemover) {
        redaction = Objects.requireNonNull(secretsRemover, "secretsRemover");
    }

    /** Shows an error without blocking; {@code cause}'s chain, redacted, goes in the details. */
    public void error(String message, Throwable cause) {
        errorAlert(message, describe(cause)).show();
    }

    /** Shows an error without blocking; {@code details} (may be null) is redacted first. */
    public void error(String message, String details) {
        errorAlert(message, details).show();
    }

    /** Asks a yes/no question; true only when the analyst pressed {@code confirmLabel}. */
    public boolean confirm(String title, String message, String confirmLabel) {
        return confirmAlert(title, message, confirmLabel).showAndWait()
                .map(button -> button.getButtonData() == ButtonData.OK_DONE)
                .orElse(false);
    }

    /** Asks a question with several answers; empty when the window was closed without one. */
    public Optional<ButtonType> choose(String title, String message, ButtonType... answers) {
        return questionAlert(title, message, answers).showAndWait();
    }

    /** Shows a piece of information without blocking. */
    public void inform(String title, String header, String message) {
        Alert alert = prepared(Alert.AlertType.INFORMATION, title);
        alert.setHeaderText(PrintableText.lines(header));
        alert.setContentText(PrintableText.lines(message));
        alert.show();
    }

    Alert errorAlert(String message, String details) {
        Alert alert = prepared(Alert.AlertType.ERROR, Messages.get("dialog.error.title"));
        alert.setHeaderText(PrintableText.lines(message));
        alert.setContentText(null);
        String safeDetails = details == null ? "" : PrintableText.lines(redaction.apply(details));
        if (safeDetails != null && !safeDetails.isBlank()) {
            alert.getDialogPane().setExpandableContent(detailsPane(safeDetails));
        }
        return alert;
    }

    /** The details as support reads them, and a button that puts them on the clipboard for an e-mail. */
    private static Node detailsPane(String safeDetails) {
        TextArea area = new TextArea(safeDetails);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount((int) safeDetails.lines().count() + 1);
        area.getStyleClass().add("error-details");
        Button copy = new Button(Messages.get("dialog.details.copy"));
        copy.setId("error-details-copy");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(safeDetails);
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(Messages.get("dialog.details.copied"));
        });
        VBox pane = new VBox(8, area, copy);
        VBox.setVgrow(area, Priority.ALWAYS);
        return pane;
    }

    Alert confirmAlert(String title, String message, String confirmLabel) {
        return questionAlert(title, message, new ButtonType(confirmLabel, ButtonData.OK_DONE), cancelButton());
    }

    private Alert questionAlert(String title, String message, ButtonType... answers) {
        Alert alert = prepared(Alert.AlertType.CONFIRMATION, title);
        alert.getButtonTypes().setAll(answers);
        // Each answer is read whole ("Sign out and forget the token"): each button as wide as its
        // own text, not all as wide as the longest, and the dialog grows if they still do not fit.
        for (ButtonType answer : answers) {
            Button button = (Button) alert.getDialogPane().lookupButton(answer);
            ButtonBar.setButtonUniformSize(button, false);
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        alert.setHeaderText(null);
        Label text = new Label(PrintableText.lines(message));
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        return alert;
    }

    /**
     * "Cancel" in the application's language. JavaFX's own {@code ButtonType.CANCEL} is translated
     * once, in the system's language, which is wrong when the analyst chose another in the settings.
     */
    public static ButtonType cancelButton() {
        return new ButtonType(Messages.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    private Alert prepared(Alert.AlertType type, String title) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.getDialogPane().getStylesheets().add(ThemeManager.APP_STYLESHEET);
        alert.getDialogPane().setMinWidth(440);
        alert.setGraphic(icon(type));
        AppIcon.apply(alert);
        return alert;
    }

    /**
     * The alert's sign drawn from the icon font, crisp at any scale: the theme's own are 48-pixel
     * pictures, blurred on a screen drawn at 200 %.
     */
    private static Node icon(Alert.AlertType type) {
        FontIcon icon = Icons.of(switch (type) {
            case ERROR -> Feather.X_OCTAGON;
            case WARNING -> Feather.ALERT_TRIANGLE;
            case CONFIRMATION -> Feather.HELP_CIRCLE;
            default -> Feather.INFO;
        });
        icon.getStyleClass().addAll("dialog-sign", type.name().toLowerCase(Locale.ROOT));
        return icon;
    }

    /** What support needs to know of {@code cause} (see {@link ErrorDetails}), before redaction. */
    static String describe(Throwable cause) {
        return ErrorDetails.of(cause, Clock.systemDefaultZone());
    }
}
