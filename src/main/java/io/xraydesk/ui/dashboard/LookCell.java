package io.xraydesk.ui.dashboard;

import io.xraydesk.ui.widgets.LabelLook;
import io.xraydesk.ui.widgets.LazyTooltip;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;

/**
 * A cell of the requests list that shows one label, made with the cell, in the look of each row it shows
 * ({@link LabelLook}): scrolling, filtering and sorting 10,000 rows then make no node per row, only restyle the
 * few labels on screen.
 */
final class LookCell<T> extends TableCell<RequestRow, T> {

    private final Label label = new Label();
    private final Node shown;
    private final Function<T, LabelLook> look;
    /** The words read out and shown on hover, null when the look says it all. */
    private final Function<T, String> explanation;
    private final LazyTooltip tooltip;

    private LookCell(Function<T, LabelLook> look, Function<T, String> explanation, boolean wraps, boolean boxed) {
        this.look = look;
        this.explanation = explanation;
        label.setWrapText(wraps);
        if (boxed) {
            HBox fitted = new HBox(label);
            fitted.setAlignment(Pos.CENTER_LEFT);
            shown = fitted;
        } else {
            shown = label;
        }
        tooltip = explanation == null ? null : LazyTooltip.on(label);
    }

    /** A label on one line. */
    static <T> LookCell<T> plain(Function<T, LabelLook> look) {
        return new LookCell<>(look, null, false, false);
    }

    /** Words that wrap onto the row's second line rather than be cut short. */
    static <T> LookCell<T> wrapping(Function<T, LabelLook> look) {
        return new LookCell<>(look, null, true, false);
    }

    /**
     * A badge whose word may take two lines ("awaiting / documents") rather than be cut short: the box gives it
     * its own width up to the column's; {@code explanation} is its tooltip and what screen readers say.
     */
    static <T> LookCell<T> badge(Function<T, LabelLook> look, Function<T, String> explanation) {
        return new LookCell<>(look, explanation, true, true);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        look.apply(item).applyTo(label);
        if (explanation != null) {
            String words = explanation.apply(item);
            label.setAccessibleText(words);
            tooltip.setText(words);
        }
        setGraphic(shown);
    }
}
