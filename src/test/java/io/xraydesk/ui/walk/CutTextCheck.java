package io.xraydesk.ui.walk;

import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;

/**
 * Labels, buttons, tabs, menus and column headers whose text is cut: their skin draws something
 * else than their text (an ellipsis in place of the end, or lines left out). A table or list cell
 * whose tooltip holds its whole text may be cut: data of any length has to fit a column somehow.
 */
public final class CutTextCheck implements WindowCheck {

    @Override
    public String name() {
        return "cut text";
    }

    @Override
    public List<String> problems(Scene scene) {
        return in(scene.getRoot()).stream().map(cut -> "cut: " + cut).toList();
    }

    /** "text as set → text as shown (which node)" for each shown label or button that does not show its whole text. */
    public static List<String> in(Parent root) {
        List<String> cut = new ArrayList<>();
        for (Node node : ShownNodes.below(root, n -> false)) {
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
                // A mnemonic's underscore is not drawn.
                String whole = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_(?=.)", "") : labeled.getText();
                // The skin draws the text in a LabeledText child (an icon is a Text too, but another
                // class); anything else there than the whole text means it did not fit.
                labeled.getChildrenUnmodifiable().stream()
                        .filter(child -> child.getClass().getSimpleName().equals("LabeledText"))
                        .map(Text.class::cast)
                        .filter(shown -> !shown.getText().equals(whole) && !wholeInTooltip(labeled, whole))
                        .forEach(shown -> cut.add(labeled.getText() + " → " + shown.getText() + " ("
                                + NodeNames.describe(labeled) + ")"));
            }
        }
        return cut;
    }

    /**
     * A long name in a table cell may be cut when its tooltip gives it whole. The cell is hovered
     * first, as the analyst would: some tooltips are only made then.
     */
    private static boolean wholeInTooltip(Labeled labeled, String whole) {
        if (!(labeled instanceof IndexedCell<?>)) {
            return false;
        }
        Event.fireEvent(labeled, new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null));
        return labeled.getTooltip() != null && labeled.getTooltip().getText().contains(whole);
    }
}
