package io.xraydesk.ui.widgets;

import io.xraydesk.ui.concurrent.Activity;
import javafx.scene.Node;

/** Shows a spinner, and what runs, while an {@link Activity} has tasks in flight. */
public final class BusyIndicator {

    private BusyIndicator() {
    }

    /** A {@link BusyRing}, visible, turning and taking room only while {@code activity} is busy. */
    public static Node spinner(Activity activity) {
        BusyRing spinner = new BusyRing();
        bind(spinner, activity);
        return spinner;
    }

    /** Makes {@code indicator} visible, and taking room, only while {@code activity} is busy. */
    public static void bind(Node indicator, Activity activity) {
        indicator.visibleProperty().bind(activity.busyProperty());
        indicator.managedProperty().bind(activity.busyProperty());
    }
}
