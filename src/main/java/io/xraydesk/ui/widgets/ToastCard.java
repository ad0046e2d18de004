package io.xraydesk.ui.widgets;

import io.xraydesk.core.i18n.Messages;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One notification as a card: the kind's icon, a title, the text (wrapped), an optional action button
 * and a close button. A click anywhere on a card with an action runs it, as its button does. What
 * happens after (fading, closing) is {@link Toasts}'s: the card only tells it through {@code onDone}.
 */
final class ToastCard {

    private ToastCard() {
    }

    /**
     * @param action run by the action button or a click on the card, then {@code onDone}
     * @param onDone the card has done its job (acted on or closed): take it away
     */
    static Region of(Toasts.Kind kind, String title, String text, Optional<Action> action, Runnable onDone) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title");
        Label message = new Label(text);
        message.getStyleClass().add("text");
        message.setWrapText(true);
        VBox words = new VBox(4, heading, message);
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMinWidth(0);
        Button close = Icons.iconButton(Feather.X, Messages.get("notification.close"), onDone);
        close.getStyleClass().add("toast-close");
        quiet(close);
        HBox card = new HBox(12, icon(kind), words, close);
        card.getStyleClass().add("notification-bar");
        card.setAlignment(Pos.TOP_LEFT);
        action.ifPresent(act -> {
            Runnable actAndClose = () -> {
                act.run().run();
                onDone.run();
            };
            Button button = new Button(act.label());
            quiet(button);
            button.setOnAction(event -> actAndClose.run());
            words.getChildren().add(button);
            card.setOnMouseClicked(event -> actAndClose.run());
        });
        return card;
    }

    /**
     * A button of the card: mouse only, as a notification is, so Tab through a form never lands on a
     * card that comes and goes.
     */
    private static void quiet(Button button) {
        button.setFocusTraversable(false);
    }

    /** The kind's Feather icon in its colour, matching the rest of the window. */
    private static FontIcon icon(Toasts.Kind kind) {
        FontIcon icon = Icons.of(switch (kind) {
            case INFO -> Feather.INFO;
            case WARNING -> Feather.ALERT_TRIANGLE;
            case ERROR -> Feather.ALERT_OCTAGON;
        });
        icon.getStyleClass().addAll("toast-icon", "toast-" + kind.name().toLowerCase(Locale.ROOT));
        return icon;
    }

    /** What a notification offers to do, e.g. "Open" on "Report ready for ACME". */
    record Action(String label, Runnable run) {
    }
}
