package io.xraydesk.ui.login.planted;

import io.xraydesk.ui.dashboard.planted.ScreenUsingCoreAndJavafx;

/** Breaks {@code screensDoNotUseEachOther}: the sign-in screen knows the dashboard screen. */
public class ScreenSendingToTheDashboard {
    ScreenUsingCoreAndJavafx dashboard;
}
