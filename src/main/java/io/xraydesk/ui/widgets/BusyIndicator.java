package io.xraydesk.ui.widgets;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.concurrent.Activity;
import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.RotateTransition;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/** Shows a spinner (and locks controls) while an {@link Activity} has tasks in flight. */
public final class BusyIndicator {

    private static final double RADIUS = 6;

    private BusyIndicator() {
    }

    /**
     * A small ring turning while {@code activity} is busy, visible and taking room only then. Two shapes and one
     * transition: JavaFX's own indeterminate spinner builds a skin of a dozen styled regions and a timeline the
     * first time it shows, 300 ms of the FX thread on a cold start (docs/portfolio.md, Speed). Stopped, it asks
     * for no frame.
     */
    public static Node spinner(Activity activity) {
        // The full circle, unpainted, keeps the turning centred on the ring.
        Circle track = new Circle(RADIUS);
        track.getStyleClass().add("busy-track");
        Arc ring = new Arc(0, 0, RADIUS, RADIUS, 90, 270);
        ring.setType(ArcType.OPEN);
        ring.getStyleClass().add("busy-ring");
        Group spinner = new Group(track, ring);
        spinner.getStyleClass().add("busy-spinner");
        spinner.setAccessibleRole(AccessibleRole.PROGRESS_INDICATOR);
        spinner.setAccessibleText(Messages.get("status.busy"));
        RotateTransition turning = new RotateTransition(Duration.seconds(1), spinner);
        turning.setByAngle(360);
        turning.setInterpolator(Interpolator.LINEAR);
        turning.setCycleCount(Animation.INDEFINITE);
        bind(spinner, activity);
        spinner.visibleProperty().addListener((o, was, shown) -> turn(turning, shown));
        turn(turning, spinner.isVisible());
        return spinner;
    }

    private static void turn(RotateTransition turning, boolean shown) {
        if (shown) {
            turning.play();
        } else {
            turning.stop();
        }
    }

    /**
     * Makes {@code indicator} visible while busy, and disables {@code lockedWhileBusy} (e.g. the
     * button that started the work, so it cannot be pressed twice).
     */
    public static void bind(Node indicator, Activity activity, Node... lockedWhileBusy) {
        indicator.visibleProperty().bind(activity.busyProperty());
        indicator.managedProperty().bind(activity.busyProperty());
        for (Node node : lockedWhileBusy) {
            node.disableProperty().bind(activity.busyProperty());
        }
    }
}
