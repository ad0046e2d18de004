package io.xraydesk.ui.upload;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;

/** A line of text about the row, written in the cell itself; optionally a tooltip, one per cell. */
final class TextContent implements CellContent {

    private final Function<UploadRow, String> text;
    private final Function<UploadRow, String> tooltipText;
    private final Tooltip tooltip;

    TextContent(Function<UploadRow, String> text) {
        this(text, null);
    }

    TextContent(Function<UploadRow, String> text, Function<UploadRow, String> tooltipText) {
        this.text = text;
        this.tooltipText = tooltipText;
        this.tooltip = tooltipText == null ? null : new Tooltip();
    }

    @Override
    public void show(UploadRow row, Labeled cell, List<Runnable> undo) {
        cell.setText(text.apply(row));
        if (tooltip != null) {
            tooltip.setText(tooltipText.apply(row));
            cell.setTooltip(tooltip);
        }
    }
}
