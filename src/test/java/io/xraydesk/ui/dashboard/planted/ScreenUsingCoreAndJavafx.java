package io.xraydesk.ui.dashboard.planted;

import io.xraydesk.core.planted.CoreUsingApiAndStore;
import io.xraydesk.ui.widgets.planted.WidgetForScreens;
import javafx.scene.layout.BorderPane;

/** Respects every rule: a screen built from JavaFX and widgets over core. */
public class ScreenUsingCoreAndJavafx {
    CoreUsingApiAndStore core;
    WidgetForScreens widget;
    BorderPane view;
}
