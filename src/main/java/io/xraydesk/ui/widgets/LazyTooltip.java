package io.xraydesk.ui.widgets;

import java.util.Objects;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made the first time the pointer enters its control. A {@link Tooltip} is a popup window
 * with a scene of its own, styled when it is made: too dear to make for every cell of a table that
 * fills while files are sent, when few of them are ever hovered. The text can change at any time.
 */
public final class LazyTooltip {

    private final Control control;
    private String text = "";
    private Tooltip tooltip;

    private LazyTooltip(Control control) {
        this.control = control;
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, entered -> install());
    }

    /** Gives {@code control} a tooltip made on first hover; it shows nothing while the text is empty. */
    public static LazyTooltip on(Control control) {
        return new LazyTooltip(Objects.requireNonNull(control, "control"));
    }

    public void setText(String newText) {
        text = newText == null ? "" : newText;
        if (tooltip == null) {
            return;
        }
        tooltip.setText(text);
        if (text.isEmpty()) {
            control.setTooltip(null);
        } else {
            install();
        }
    }

    private void install() {
        if (text.isEmpty()) {
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip(text);
        }
        // Set again each time: the control may have been given another tooltip, or none, meanwhile.
        if (control.getTooltip() != tooltip) {
            control.setTooltip(tooltip);
        }
    }
}
