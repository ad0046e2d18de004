package io.xraydesk.ui.walk;

import java.util.List;
import javafx.scene.Scene;

/**
 * One kind of look at a shown window (the main window, a dialog, a notification): each problem it
 * finds is one line naming the node and what is wrong with it. Called on the FX thread.
 */
public interface WindowCheck {

    /** What this check looks for, in the walk's report. */
    String name();

    List<String> problems(Scene scene);
}
