package io.xraydesk.ui.upload;

import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** A line of text about the row, one label per cell whatever row it shows; optionally a tooltip. */
final class TextContent implements CellContent {

    private final Function<UploadRow, String> text;
    private final Function<UploadRow, String> tooltipText;
    private final Label label = new Label();

    TextContent(Function<UploadRow, String> text) {
        this(text, null);
    }

    TextContent(Function<UploadRow, String> text, Function<UploadRow, String> tooltipText) {
        this.text = text;
        this.tooltipText = tooltipText;
        if (tooltipText != null) {
            label.setTooltip(new Tooltip());
        }
    }

    @Override
    public Node show(UploadRow row, List<Runnable> undo) {
        label.setText(text.apply(row));
        if (tooltipText != null) {
            label.getTooltip().setText(tooltipText.apply(row));
        }
        return label;
    }
}
