package io.xraydesk.ui.widgets.planted;

import javafx.scene.control.Label;

/** Respects every rule: a JavaFX part that screens use and that needs no screen. */
public class WidgetForScreens {
    Label label;
}
