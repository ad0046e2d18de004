package io.xraydesk.ui;

import static io.xraydesk.ui.IsolatedApp.waitOnFx;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/**
 * Opens and closes the application's dialogs for the walk. A question waits for its answer in a
 * nested event loop, so it is opened by a later FX event and the walk waits for it to show; it is
 * closed the way the analyst declines it (Cancel, else its only button).
 */
final class WalkDialogs {

    private final FxRobot robot;

    WalkDialogs(FxRobot robot) {
        this.robot = robot;
    }

    /** Runs {@code opener} on the FX thread, not waiting for it, until a dialog is shown and laid out. */
    void open(Runnable opener) throws Exception {
        Platform.runLater(opener);
        waitOnFx(() -> shownPane().map(pane -> pane.getButtonTypes().stream()
                .map(pane::lookupButton).allMatch(button -> button.getLayoutBounds().getWidth() > 0)).orElse(false));
    }

    /** Declines every shown dialog. */
    void closeAll() throws Exception {
        while (shownPane().isPresent()) {
            DialogPane pane = shownPane().orElseThrow();
            List<ButtonType> types = pane.getButtonTypes();
            ButtonType decline = types.stream().filter(type -> type.getButtonData() == ButtonData.CANCEL_CLOSE)
                    .findFirst().orElse(types.get(types.size() - 1));
            robot.interact(() -> ((Button) pane.lookupButton(decline)).fire());
            waitOnFx(() -> pane.getScene() == null || pane.getScene().getWindow() == null
                    || !pane.getScene().getWindow().isShowing());
        }
    }

    /** Clicks "Show details" of the dialog in front. */
    void expandDetails() throws Exception {
        DialogPane pane = shownPane().orElseThrow(() -> new AssertionError("no dialog"));
        robot.interact(() -> pane.setExpanded(true));
        waitOnFx(() -> pane.isExpanded());
    }

    static Optional<DialogPane> shownPane() {
        return Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(scene -> scene != null && scene.getRoot() instanceof DialogPane)
                .map(scene -> (DialogPane) scene.getRoot()).reduce((first, last) -> last);
    }

    /** A node of the dialog in front, found by its CSS selector. */
    static Node inDialog(String selector) {
        return shownPane().map(pane -> pane.lookup(selector)).orElseThrow(() -> new AssertionError(selector));
    }
}
