package io.xraydesk.ui.walk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/**
 * Shown texts the application's language bundle (or JavaFX's own, for the controls' built-in texts)
 * cannot have produced: an English word left in the French window, a label written in the code.
 * Data from the API or typed by the analyst is shown in known data nodes, which are left out; a text
 * without any letter (an amount, a date, a count) is no word of any language.
 */
public final class BundleTextCheck implements WindowCheck {

    /** JavaFX's translations of its controls' texts (dialog buttons, empty table, "Show details"). */
    private static final String JAVAFX_CONTROLS = "com/sun/javafx/scene/control/skin/resources/controls";

    private final BundlePatterns bundle;
    private final Predicate<Node> isData;

    /**
     * @param appBundle the base name of the application's language bundle
     * @param isData    true for a node whose text (and that of all it holds) is data
     */
    public BundleTextCheck(String appBundle, Locale locale, Predicate<Node> isData) {
        this.bundle = new BundlePatterns(List.of(BundlePatterns.bundle(appBundle, locale),
                ResourceBundle.getBundle(JAVAFX_CONTROLS, locale)));
        this.isData = isData;
    }

    @Override
    public String name() {
        return "text not from the language bundle";
    }

    @Override
    public List<String> problems(Scene scene) {
        List<String> foreign = new ArrayList<>();
        for (Node node : ShownNodes.below(scene.getRoot(), n -> isData.test(n) || n instanceof TextInputControl)) {
            if (isData.test(node)) {
                continue;
            }
            String shown = shownText(node);
            if (shown != null && !bundle.produces(shown) && !bundle.produces(shown.strip())) {
                foreign.add("not in the bundle: \"" + shown + "\" (" + NodeNames.describe(node) + ")");
            }
        }
        return foreign;
    }

    /** The words {@code node} shows itself; null for a node that shows none or shows data. */
    private static String shownText(Node node) {
        if (node instanceof Labeled labeled) {
            return labeled.getText();
        }
        if (node instanceof TextInputControl input) {
            // Typed or loaded text is data; only the hint of an empty field is the application's.
            return input.getText() == null || input.getText().isEmpty() ? input.getPromptText() : null;
        }
        // A label's own text is checked on the label; an icon of the icon font is a Text too.
        if (node instanceof Text text && !(node.getParent() instanceof Labeled)
                && !node.getClass().getName().startsWith("org.kordamp.ikonli")) {
            return text.getText();
        }
        return null;
    }
}
