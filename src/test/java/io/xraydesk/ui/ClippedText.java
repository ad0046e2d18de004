package io.xraydesk.ui;

import io.xraydesk.ui.walk.CutTextCheck;
import java.util.List;
import javafx.scene.Parent;

/** Finds the labels and buttons of a shown window whose text is cut short with an ellipsis. */
public final class ClippedText {

    private ClippedText() {
    }

    /** "text as set → text as shown (which node)" for each visible label or button that does not show its whole text. */
    public static List<String> in(Parent root) {
        return CutTextCheck.in(root);
    }
}
