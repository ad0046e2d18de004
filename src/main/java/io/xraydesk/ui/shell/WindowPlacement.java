package io.xraydesk.ui.shell;

import io.xraydesk.store.WindowGeometry;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.beans.InvalidationListener;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Keeps the main window where the analyst left it: puts it back at its remembered size and place
 * (on a screen that still exists), and hands its geometry to be saved once it has stopped moving and
 * when it closes. Call on the FX thread.
 */
public final class WindowPlacement {

    /** A drag or a resize fires dozens of changes: only the place it settles in is saved. */
    static final Duration SETTLE = Duration.millis(400);
    /** How much of the window's top must show on a screen for the analyst to grab it there. */
    static final double GRIP = 48;

    private final Stage stage;
    private final InvalidationListener changed = observable -> moved();
    private final EventHandler<WindowEvent> closing;
    private final PauseTransition settle = new PauseTransition(SETTLE);
    /** The bounds while not maximised: maximising must not forget the size to come back to. */
    private double x;
    private double y;
    private double width;
    private double height;

    private WindowPlacement(Stage stage, Consumer<WindowGeometry> save) {
        this.stage = stage;
        rememberNormalBounds();
        settle.setOnFinished(event -> save.accept(geometry()));
        closing = event -> {
            if (settle.getStatus() == Animation.Status.RUNNING) {
                settle.stop();
                save.accept(geometry());
            }
        };
        properties().forEach(property -> property.addListener(changed));
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, closing);
    }

    /** Stops following the window (the application stops): a change still settling is dropped. */
    public void stop() {
        settle.stop();
        properties().forEach(property -> property.removeListener(changed));
        stage.removeEventHandler(WindowEvent.WINDOW_HIDING, closing);
    }

    private List<Observable> properties() {
        return List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty(),
                stage.maximizedProperty());
    }

    private void moved() {
        rememberNormalBounds();
        settle.playFromStart();
    }

    /**
     * Puts {@code stage} where {@code saved} says (nothing when null), brought back on screen when no
     * current screen shows it, then reports each settled change to {@code save} (on the FX thread;
     * the saving itself belongs elsewhere) until {@link #stop()}.
     */
    public static WindowPlacement restoreAndTrack(Stage stage, WindowGeometry saved, Consumer<WindowGeometry> save) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(save, "save");
        if (saved != null) {
            WindowGeometry fitted = fitted(saved, Screen.getScreens().stream().map(Screen::getVisualBounds).toList(),
                    Screen.getPrimary().getVisualBounds());
            stage.setX(fitted.x());
            stage.setY(fitted.y());
            stage.setWidth(fitted.width());
            stage.setHeight(fitted.height());
            stage.setMaximized(fitted.maximized());
        }
        return new WindowPlacement(stage, save);
    }

    /**
     * {@code saved} as it can be shown on {@code screens}: on the screen its top shows on, moved just
     * enough to lie whole on it (a window saved on a taller screen, or pushed half off, would otherwise
     * open with its status line or its right-hand columns out of sight); when its top shows on none
     * (a screen unplugged since), centred on the primary screen. Never larger than the screen it ends on.
     */
    static WindowGeometry fitted(WindowGeometry saved, List<Rectangle2D> screens, Rectangle2D primary) {
        Rectangle2D top = new Rectangle2D(saved.x(), saved.y(), saved.width(), GRIP);
        Optional<Rectangle2D> holding = screens.stream().filter(screen -> grippable(top, screen))
                .max(Comparator.comparingDouble(screen -> shownWidth(top, screen)));
        if (holding.isPresent()) {
            Rectangle2D screen = holding.get();
            double width = Math.min(saved.width(), screen.getWidth());
            double height = Math.min(saved.height(), screen.getHeight());
            return new WindowGeometry(within(saved.x(), screen.getMinX(), screen.getMaxX() - width),
                    within(saved.y(), screen.getMinY(), screen.getMaxY() - height), width, height, saved.maximized());
        }
        double width = Math.min(saved.width(), primary.getWidth());
        double height = Math.min(saved.height(), primary.getHeight());
        return new WindowGeometry(primary.getMinX() + (primary.getWidth() - width) / 2,
                primary.getMinY() + (primary.getHeight() - height) / 2, width, height, saved.maximized());
    }

    /** The window's top strip starts inside the screen and shows on it over at least {@link #GRIP} pixels. */
    private static boolean grippable(Rectangle2D top, Rectangle2D screen) {
        return top.getMinY() >= screen.getMinY() && top.getMinY() + GRIP <= screen.getMaxY()
                && shownWidth(top, screen) >= GRIP;
    }

    private static double shownWidth(Rectangle2D top, Rectangle2D screen) {
        return Math.min(top.getMaxX(), screen.getMaxX()) - Math.max(top.getMinX(), screen.getMinX());
    }

    private static double within(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }

    private void rememberNormalBounds() {
        if (!stage.isMaximized()) {
            x = stage.getX();
            y = stage.getY();
            width = stage.getWidth();
            height = stage.getHeight();
        }
    }

    private WindowGeometry geometry() {
        return new WindowGeometry(x, y, width, height, stage.isMaximized());
    }
}
