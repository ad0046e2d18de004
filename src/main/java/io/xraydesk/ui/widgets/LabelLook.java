package io.xraydesk.ui.widgets;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;

/**
 * What a label shows, apart from the label: its text and its style classes (a badge's colours, a word's
 * weight). A table cell keeps one label and gives it the look of each row it shows, rather than making a label
 * per row: a new label costs the JavaFX thread a skin and a whole style lookup, a changed look at most the
 * lookup of its classes, which the style cache answers.
 */
public record LabelLook(String text, List<String> styleClasses) {

    /** The classes every label has, before the look's own. */
    private static final List<String> LABEL = List.of("label");

    public LabelLook {
        List<String> classes = new ArrayList<>(LABEL);
        classes.addAll(styleClasses);
        styleClasses = List.copyOf(classes);
    }

    public LabelLook(String text, String... styleClasses) {
        this(text, List.of(styleClasses));
    }

    /** A new label with this look. */
    public Label label() {
        Label label = new Label();
        applyTo(label);
        return label;
    }

    /** Gives {@code label} this look; its classes are touched only when they differ, so no style lookup is asked for nothing. */
    public void applyTo(Label label) {
        label.setText(text);
        if (!label.getStyleClass().equals(styleClasses)) {
            label.getStyleClass().setAll(styleClasses);
        }
    }
}
