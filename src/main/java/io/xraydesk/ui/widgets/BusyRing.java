package io.xraydesk.ui.widgets;

import io.xraydesk.core.i18n.Messages;
import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.RotateTransition;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/**
 * The application's "work goes on" mark: a small ring, drawn in the theme's accent colour, that turns while it is
 * visible and in a scene. Two shapes and one transition: JavaFX's indeterminate {@code ProgressIndicator} builds a
 * skin of a dozen styled regions and a timeline the first time it shows, which a cold start pays on the FX thread
 * (docs/portfolio.md, The first paint the goal is read against). Hidden or out of its scene, it asks for no frame:
 * bind its visibility to the work it stands for.
 */
public final class BusyRing extends Group {

    private static final double RADIUS = 7;

    private final RotateTransition turning = new RotateTransition(Duration.seconds(1), this);

    public BusyRing() {
        // The full circle, unpainted, keeps the turning centred on the ring.
        Circle track = new Circle(RADIUS);
        track.getStyleClass().add("busy-track");
        Arc ring = new Arc(0, 0, RADIUS, RADIUS, 90, 270);
        ring.setType(ArcType.OPEN);
        ring.getStyleClass().add("busy-ring");
        getChildren().addAll(track, ring);
        getStyleClass().add("busy-spinner");
        setAccessibleRole(AccessibleRole.PROGRESS_INDICATOR);
        setAccessibleText(Messages.get("busy.working"));
        turning.setByAngle(360);
        turning.setInterpolator(Interpolator.LINEAR);
        turning.setCycleCount(Animation.INDEFINITE);
        visibleProperty().addListener((o, was, is) -> turnWhileShown());
        sceneProperty().addListener((o, was, is) -> turnWhileShown());
    }

    /** True while the ring turns, for tests. */
    boolean isTurning() {
        return turning.getStatus() == Animation.Status.RUNNING;
    }

    private void turnWhileShown() {
        if (isVisible() && getScene() != null) {
            turning.play();
        } else {
            turning.stop();
        }
    }
}
