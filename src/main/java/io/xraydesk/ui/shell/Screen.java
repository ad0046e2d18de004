package io.xraydesk.ui.shell;

import javafx.scene.Node;

/**
 * One screen of the main window (sign-in, dashboard, request, report…). Built once, shown and hidden
 * many times: {@link #activate()} runs each time it enters the window, {@link #deactivate()} each
 * time it leaves. Start pollers, watchers and listeners in the first and stop them in the second, so a
 * hidden screen costs nothing and never calls the API.
 */
public interface Screen {

    /** Message key of the screen's title, shown in the window title. */
    String titleKey();

    /** The screen's root node; the same instance on every call. */
    Node view();

    /**
     * Whether the screen shows its data yet: a screen that reads it in the background says false until the
     * first of it is on screen (the dashboard, its first rows). The start-up probe waits for it. On the FX thread.
     */
    default boolean showsItsData() {
        return true;
    }

    /** The screen has just been put in the window. */
    void activate();

    /** The screen is about to leave the window (another screen, or the application stops). */
    void deactivate();
}
