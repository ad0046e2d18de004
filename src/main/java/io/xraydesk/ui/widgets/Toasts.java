package io.xraydesk.ui.widgets;

import io.xraydesk.core.i18n.Messages;
import java.util.Locale;
import java.util.Objects;
import javafx.animation.PauseTransition;
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
 * button or from a click anywhere on it. At most {@link #AT_ONCE} at a time: the rest of a burst is
 * told in one summary once they fade. Call on the FX thread; texts are already translated.
 */
public final class Toasts {

    /** How a notification looks: plain information, a warning, or an error. */
    public enum Kind { INFO, WARNING, ERROR }

    private static final Duration VISIBLE_FOR = Duration.seconds(6);
    /**
     * Notifications on screen at once. Each one is a window of its own: a burst (hundreds of reports
     * arriving by webhook) would open hundreds and freeze the window for seconds, measured by
     * {@code FxLoadBenchmark}; past this many, they are counted and said in one line instead.
     */
    static final int AT_ONCE = 5;

    private final Window owner;
    /** Notifications shown and not yet faded. */
    private int onScreen;
    /** Notifications held back while {@link #AT_ONCE} were on screen: told in one summary. */
    private int held;

    private final Duration visibleFor;

    public Toasts(Window owner) {
        this(owner, VISIBLE_FOR);
    }

    /** Notifications that fade after {@code visibleFor}: tests shorten it. */
    Toasts(Window owner, Duration visibleFor) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.visibleFor = Objects.requireNonNull(visibleFor, "visibleFor");
    }

    public void show(Kind kind, String title, String text) {
        showOrHold(kind, base(title, text));
    }

    /** A notification with one action, e.g. "Open" on "Report ready for ACME". */
    public void show(Kind kind, String title, String text, String actionLabel, Runnable action) {
        showOrHold(kind, base(title, text)
                .action(new Action(actionLabel, event -> action.run()))
                .onAction(event -> action.run()));
    }

    private void showOrHold(Kind kind, Notifications notification) {
        if (onScreen >= AT_ONCE) {
            held++;
            return;
        }
        shown(kind, notification);
    }

    /** Shows {@code notification} and counts it on screen until it fades; then tells what was held. */
    private void shown(Kind kind, Notifications notification) {
        onScreen++;
        show(kind, notification);
        PauseTransition fading = new PauseTransition(visibleFor);
        fading.setOnFinished(event -> {
            onScreen--;
            if (held > 0 && onScreen < AT_ONCE) {
                String summary = Messages.get("notification.more", held);
                held = 0;
                shown(Kind.INFO, base(Messages.get("notification.more.title"), summary));
            }
        });
        fading.play();
    }

    private Notifications base(String title, String text) {
        return Notifications.create()
                .owner(owner)
                .title(title)
                .text(text)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(visibleFor);
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
