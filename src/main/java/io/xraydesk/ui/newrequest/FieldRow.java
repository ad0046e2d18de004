package io.xraydesk.ui.newrequest;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Lays out labelled form fields in a two-column grid, each with its problem line underneath. */
final class FieldRow {

    private FieldRow() {
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(170);
        labels.setMaxWidth(230);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    /**
     * Adds {@code label} (naming {@code field} for screen readers) and a box of {@code content} (the
     * field, or a line holding it) with any extra lines under it, on the next row.
     */
    static void add(GridPane grid, String label, Control field, Node content, Node... below) {
        Label caption = new Label(label);
        caption.setLabelFor(field);
        caption.setMinHeight(30);
        caption.setWrapText(true);
        VBox box = new VBox(4, content);
        box.getChildren().addAll(below);
        int row = grid.getRowCount();
        grid.add(caption, 0, row);
        grid.add(box, 1, row);
        GridPane.setValignment(caption, VPos.TOP);
    }

    /** A line showing a field's problem, taking no room while there is none; marks the field as in error. */
    static Label problemLine(Control field, ObservableStringValue problem) {
        Label line = hiddenWhenEmpty(problem, "field-problem");
        problem.addListener((o, was, now) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
        field.pseudoClassStateChanged(Styles.STATE_DANGER, !problem.get().isEmpty());
        return line;
    }

    /** A muted information line, taking no room while empty. */
    static Label noteLine(ObservableStringValue text) {
        return hiddenWhenEmpty(text, "field-note");
    }

    private static Label hiddenWhenEmpty(ObservableStringValue text, String styleClass) {
        Label line = new Label();
        line.getStyleClass().add(styleClass);
        line.textProperty().bind(text);
        line.visibleProperty().bind(line.textProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }
}
