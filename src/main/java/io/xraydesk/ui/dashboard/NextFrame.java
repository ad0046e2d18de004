package io.xraydesk.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/** Runs an action once the next frame of a node's window is laid out; call on the FX thread. */
final class NextFrame {

    private NextFrame() {
    }

    /**
     * Runs {@code action} at the end of the next layout of {@code node}'s scene, or now when no window shows it
     * (such a scene has no pulses: the action would never run).
     */
    static void then(Node node, Runnable action) {
        Scene scene = node.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            action.run();
            return;
        }
        List<Runnable> self = new ArrayList<>(1);
        Runnable once = () -> {
            // Removing a pulse listener from within a pulse is allowed: the scene iterates over a copy.
            scene.removePostLayoutPulseListener(self.get(0));
            action.run();
        };
        self.add(once);
        scene.addPostLayoutPulseListener(once);
        Platform.requestNextPulse();
    }
}
