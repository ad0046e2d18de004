package io.xraydesk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Finds the labels and buttons of a shown window whose text is cut short with an ellipsis. */
public final class ClippedText {

    private ClippedText() {
    }

    /** "text as set → text as shown" for each visible label or button that does not show its whole text. */
    public static List<String> in(Parent root) {
        List<String> clipped = new ArrayList<>();
        collect(root, clipped);
        return clipped;
    }

    private static void collect(Node node, List<String> clipped) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            // A mnemonic's underscore is not drawn.
            String whole = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_(?=.)", "") : labeled.getText();
            // The skin draws the text in a LabeledText child (an icon is a Text too, but another class);
            // an ellipsis there means the text did not fit.
            labeled.getChildrenUnmodifiable().stream()
                    .filter(child -> child.getClass().getSimpleName().equals("LabeledText"))
                    .map(Text.class::cast)
                    .filter(shown -> !shown.getText().equals(whole))
                    .forEach(shown -> clipped.add(labeled.getText() + " → " + shown.getText()));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, clipped));
        }
    }
}
