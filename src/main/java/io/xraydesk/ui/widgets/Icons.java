package io.xraydesk.ui.widgets;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** Feather icons for actions, and icon-only buttons that screen readers can still name. */
public final class Icons {

    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("app-icon");
        return icon;
    }

    /**
     * A button showing only an icon. {@code label} (already translated) becomes its accessible text
     * and its tooltip, so it is announced and explained though it shows no words.
     */
    public static Button iconButton(Ikon ikon, String label, Runnable action) {
        Button button = new Button(null, of(ikon));
        button.getStyleClass().addAll("button-icon", "flat");
        button.setAccessibleText(label);
        button.setTooltip(new Tooltip(label));
        button.setOnAction(event -> action.run());
        return button;
    }
}
