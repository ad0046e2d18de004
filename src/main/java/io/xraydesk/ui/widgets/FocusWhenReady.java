package io.xraydesk.ui.widgets;

import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.stage.Window;

/**
 * Puts the keyboard in a control as soon as it can take it. A form shown for the first time inside a
 * scroll pane is not in the scene yet: the pane adds its content when its skin is made, at the next
 * pulse, and a focus asked for before then is lost, after which the scene gives the focus to the
 * form's first control. Asking again on the next turn of the UI thread is not enough either, since
 * that turn may come before the pulse (seen in a real window, never in the headless tests).
 */
public final class FocusWhenReady {

    private FocusWhenReady() {
    }

    /** Focuses {@code control} now if it has its skin and is in a showing window, else once it has and is. */
    public static void request(Control control) {
        ObservableValue<Boolean> ready = control.skinProperty().flatMap(skin -> control.sceneProperty())
                .flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false);
        OnceTrue.run(ready, control::requestFocus);
    }
}
