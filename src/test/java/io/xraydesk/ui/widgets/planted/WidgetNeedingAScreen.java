package io.xraydesk.ui.widgets.planted;

import io.xraydesk.ui.dashboard.planted.ScreenUsingCoreAndJavafx;

/** Breaks {@code noCyclesInsideTheUserInterface} alone: a widget needs the screen that uses widgets. */
public class WidgetNeedingAScreen {
    ScreenUsingCoreAndJavafx screen;
}
