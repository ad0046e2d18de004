package io.xraydesk.ui;

import io.xraydesk.ui.shell.Navigator;
import io.xraydesk.ui.shell.Screen;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;

/**
 * Says when the window first shows a screen the analyst can use: the first pulse whose screen shows its
 * data ({@link Screen#showsItsData()}) and holds an enabled, visible text field: the sign-in form once its
 * fields are editable (not while it reads a token or starts the sandbox), the dashboard with its search
 * field and its first rows; not the start screen, whose one button waits for a session, nor a form's
 * buttons alone (cancel stays enabled while the form is busy). The start-up benchmark reads the line it
 * prints, and a {@code --smoke} run ends there.
 */
final class StartupProbe {

    private final Scene scene;
    private final Supplier<Navigator> navigator;
    private final Runnable usable;
    private final Runnable check = this::checkPulse;
    private boolean done;

    /**
     * @param navigator the navigator of the shell currently in the window (a language change rebuilds it)
     * @param usable run once, on the FX thread, in the pulse that first lays out a usable screen
     */
    private StartupProbe(Scene scene, Supplier<Navigator> navigator, Runnable usable) {
        this.scene = scene;
        this.navigator = navigator;
        this.usable = usable;
    }

    /** Watches the pulses of {@code scene} until a usable screen is laid out; call on the FX thread. */
    static void watch(Scene scene, Supplier<Navigator> navigator, Runnable usable) {
        StartupProbe probe = new StartupProbe(scene, navigator, usable);
        scene.addPostLayoutPulseListener(probe.check);
    }

    private void checkPulse() {
        Navigator current = navigator.get();
        Screen screen = current == null ? null : current.current().orElse(null);
        if (done || screen == null || !screen.showsItsData() || !hasUsableField(screen.view())) {
            return;
        }
        done = true;
        // Removing a pulse listener from within a pulse is allowed: the scene iterates over a copy.
        scene.removePostLayoutPulseListener(check);
        usable.run();
    }

    /** Whether {@code node} or a node inside it is a text field the analyst can focus and type in now. */
    private static boolean hasUsableField(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return false;
        }
        if (node instanceof TextInputControl && node.isFocusTraversable()) {
            return true;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (hasUsableField(child)) {
                    return true;
                }
            }
        }
        return false;
    }
}
