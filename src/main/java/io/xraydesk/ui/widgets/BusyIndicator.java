package io.xraydesk.ui.widgets;

import io.xraydesk.ui.concurrent.Activity;
import javafx.scene.Node;

/** Shows a spinner (and locks controls) while an {@link Activity} has tasks in flight. */
public final class BusyIndicator {

    private BusyIndicator() {
    }

    /** A {@link BusyRing}, visible, turning and taking room only while {@code activity} is busy. */
    public static Node spinner(Activity activity) {
        BusyRing spinner = new BusyRing();
        bind(spinner, activity);
        return spinner;
    }

    /**
     * Makes {@code indicator} visible while busy, and disables {@code lockedWhileBusy} (e.g. the
     * button that started the work, so it cannot be pressed twice).
     */
    public static void bind(Node indicator, Activity activity, Node... lockedWhileBusy) {
        indicator.visibleProperty().bind(activity.busyProperty());
        indicator.managedProperty().bind(activity.busyProperty());
        for (Node node : lockedWhileBusy) {
            node.disableProperty().bind(activity.busyProperty());
        }
    }
}
