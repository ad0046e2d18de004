package io.xraydesk.ui.walk;

import io.xraydesk.ui.widgets.Snapshots;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks stops in a window: arrives at each, lays the window out at each {@link Layout}, lets every
 * check look at every shown window (the main one, dialogs, notifications), then leaves. Problems
 * are collected, not thrown, so one run lists all of them.
 */
public final class Walk {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "walk");

    private final FxRobot robot;
    private final Stage stage;
    private final List<WindowCheck> checks;
    private final List<Layout> layouts;
    private final String language;
    private final List<String> problems = new ArrayList<>();
    private int stopsWalked;
    private int looks;

    public Walk(FxRobot robot, Stage stage, String language, List<Layout> layouts, List<WindowCheck> checks) {
        this.robot = robot;
        this.stage = stage;
        this.language = language;
        this.layouts = List.copyOf(layouts);
        this.checks = List.copyOf(checks);
    }

    /** Arrives at each stop in turn, in the first layout, checks it at every layout, leaves it. */
    public void through(List<Stop> stops) throws Exception {
        lay(layouts.get(0));
        for (Stop stop : stops) {
            stop.arrive().run();
            for (Layout layout : layouts) {
                lay(layout);
                look(stop.name() + " [" + language + " " + layout + "]");
                save(stop.name() + " " + language + " " + layout, layout);
            }
            lay(layouts.get(0));
            stop.leave().run();
            stopsWalked++;
        }
    }

    private void lay(Layout layout) throws Exception {
        robot.interact(() -> {
            stage.setRenderScaleX(layout.renderScale());
            stage.setRenderScaleY(layout.renderScale());
            stage.setWidth(layout.width());
            stage.setHeight(layout.height());
        });
        settle();
    }

    /** Two pulses after the events: layout passes that a first layout sets off (wrapping, scroll bars) are done. */
    private static void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void look(String where) {
        robot.interact(() -> {
            for (Window window : List.copyOf(Window.getWindows())) {
                Scene scene = window.getScene();
                if (!window.isShowing() || scene == null) {
                    continue;
                }
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                for (WindowCheck check : checks) {
                    looks++;
                    check.problems(scene).forEach(problem -> problems.add(where + " " + problem));
                }
            }
        });
    }

    /**
     * The main window and the dialogs and notifications over it as the stop left them, drawn at the layout's scale, for
     * a human to look at: target/screenshots/walk/.
     */
    private void save(String name, Layout layout) throws Exception {
        String file = name.replaceAll("[^\\p{L}\\p{N}@%.-]+", "-");
        List<Window> shown = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(window -> window.isShowing() && window.getScene() != null)
                .filter(window -> window == stage || !(window instanceof Tooltip)).toList()).get();
        for (int i = 0; i < shown.size(); i++) {
            Node root = shown.get(i).getScene().getRoot();
            Path png = SCREENSHOTS.resolve(file + (i == 0 ? "" : "-window-" + (i + 1)) + ".png");
            Snapshots.save(root, png, layout.renderScale());
        }
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** "12 stops × 3 layouts in en: 108 looks, 0 problems": the walk's figures for the build log. */
    public String figures() {
        return String.format("walk %s: %d stops × %d layouts, %d window checks, %d problems", language,
                stopsWalked, layouts.size(), looks, problems.size());
    }
}
