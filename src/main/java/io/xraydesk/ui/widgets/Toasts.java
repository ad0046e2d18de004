package io.xraydesk.ui.widgets;

import io.xraydesk.core.i18n.Messages;
import java.util.Objects;
import java.util.Optional;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Short in-app notifications in the corner of the main window ("Report ready", "Upload finished")
 * that fade out by themselves. They are drawn in a layer of the window's own scene, not in windows of
 * their own: they move and shrink with the window and can never be left outside it. Optionally
 * clickable: the action runs from the notification's button or from a click anywhere on it. At most
 * {@link #AT_ONCE} at a time: the rest of a burst is told in one summary once they fade. Call on the
 * FX thread; texts are already translated.
 */
public final class Toasts {

    /** How a notification looks: plain information, a warning, or an error. */
    public enum Kind { INFO, WARNING, ERROR }

    private static final Duration VISIBLE_FOR = Duration.seconds(6);
    private static final Duration FADE_IN = Duration.millis(200);
    private static final Duration FADE_OUT = Duration.millis(500);
    /**
     * Notifications on screen at once: a burst (hundreds of reports arriving by webhook) would stack
     * cards past the window's height and keep the window busy laying them out; past this many, they
     * are counted and said in one line instead.
     */
    static final int AT_ONCE = 5;

    private final VBox layer = new VBox(8);
    private final Duration visibleFor;
    /** Notifications held back while {@link #AT_ONCE} were on screen: told in one summary. */
    private int held;

    public Toasts() {
        this(VISIBLE_FOR);
    }

    /** Notifications that fade after {@code visibleFor}: tests shorten it. */
    Toasts(Duration visibleFor) {
        this.visibleFor = Objects.requireNonNull(visibleFor, "visibleFor");
        layer.getStyleClass().add("toast-layer");
        layer.setAlignment(Pos.BOTTOM_RIGHT);
        layer.setPadding(new Insets(15));
        // Clicks between and around the cards reach the screen below.
        layer.setPickOnBounds(false);
    }

    /**
     * The layer the notifications are drawn in: to be laid over the window's content, filling it
     * (a {@link javafx.scene.layout.StackPane} above the screens).
     */
    public Region layer() {
        return layer;
    }

    public void show(Kind kind, String title, String text) {
        showOrHold(kind, title, text, Optional.empty());
    }

    /** A notification with one action, e.g. "Open" on "Report ready for ACME". */
    public void show(Kind kind, String title, String text, String actionLabel, Runnable action) {
        showOrHold(kind, title, text, Optional.of(new ToastCard.Action(actionLabel, action)));
    }

    private void showOrHold(Kind kind, String title, String text, Optional<ToastCard.Action> action) {
        if (layer.getChildren().size() >= AT_ONCE) {
            held++;
            return;
        }
        SequentialTransition life = new SequentialTransition();
        Region card = ToastCard.of(kind, title, text, action, () -> {
            life.stop();
            gone(life.getNode());
        });
        FadeTransition in = new FadeTransition(FADE_IN);
        in.setFromValue(0);
        in.setToValue(1);
        FadeTransition out = new FadeTransition(FADE_OUT);
        out.setToValue(0);
        life.setNode(card);
        life.getChildren().addAll(in, new PauseTransition(visibleFor), out);
        life.setOnFinished(event -> gone(card));
        layer.getChildren().add(card);
        life.play();
    }

    /** Takes {@code card} away (faded, acted on or closed) and tells what was held back, if anything. */
    private void gone(Node card) {
        if (!layer.getChildren().remove(card)) {
            return;
        }
        if (held > 0) {
            String summary = Messages.get("notification.more", held);
            held = 0;
            show(Kind.INFO, Messages.get("notification.more.title"), summary);
        }
    }
}
