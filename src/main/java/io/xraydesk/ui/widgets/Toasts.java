package io.xraydesk.ui.widgets;

import java.util.Locale;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Short in-app notifications in the corner of the main window ("Report ready", "Upload finished")
 * that fade out by themselves. Optionally clickable: the action runs from the notification's
 * button or from a click anywhere on it. Call on the FX thread; texts are already translated.
 */
public final class Toasts {

    /** How a notification looks: plain information, a warning, or an error. */
    public enum Kind { INFO, WARNING, ERROR }

    private static final Duration VISIBLE_FOR = Duration.seconds(6);

    private final Window owner;

    public Toasts(Window owner) {
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    public void show(Kind kind, String title, String text) {
        show(kind, base(title, text));
    }

    /** A notification with one action, e.g. "Open" on "Report ready for ACME". */
    public void show(Kind kind, String title, String text, String actionLabel, Runnable action) {
        show(kind, base(title, text)
                .action(new Action(actionLabel, event -> action.run()))
                .onAction(event -> action.run()));
    }

    private Notifications base(String title, String text) {
        return Notifications.create()
                .owner(owner)
                .title(title)
                .text(text)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(VISIBLE_FOR);
    }

    /** Shows with a Feather icon in the kind's colour, matching the rest of the window. */
    private static void show(Kind kind, Notifications notification) {
        Feather ikon = switch (kind) {
            case INFO -> Feather.INFO;
            case WARNING -> Feather.ALERT_TRIANGLE;
            case ERROR -> Feather.ALERT_OCTAGON;
        };
        FontIcon icon = Icons.of(ikon);
        icon.getStyleClass().addAll("toast-icon", "toast-" + kind.name().toLowerCase(Locale.ROOT));
        notification.graphic(icon).show();
    }
}
