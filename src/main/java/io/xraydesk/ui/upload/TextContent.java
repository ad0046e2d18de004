package io.xraydesk.ui.upload;

import io.xraydesk.ui.widgets.LazyTooltip;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Labeled;

/** A line of text about the row, written in the cell itself; optionally a tooltip, made on first hover. */
final class TextContent implements CellContent {

    private final Function<UploadRow, String> text;
    private final Function<UploadRow, String> tooltipText;
    private LazyTooltip tooltip;

    TextContent(Function<UploadRow, String> text) {
        this(text, null);
    }

    TextContent(Function<UploadRow, String> text, Function<UploadRow, String> tooltipText) {
        this.text = text;
        this.tooltipText = tooltipText;
    }

    @Override
    public void show(UploadRow row, Labeled cell, List<Runnable> undo) {
        cell.setText(text.apply(row));
        if (tooltipText != null) {
            if (tooltip == null) {
                tooltip = LazyTooltip.on(cell); // one content per cell: the cell is always the same
            }
            tooltip.setText(tooltipText.apply(row));
        }
    }
}
