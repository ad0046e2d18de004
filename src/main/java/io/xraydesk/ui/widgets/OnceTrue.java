package io.xraydesk.ui.widgets;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * Runs an action once, the first time a condition holds: a part of a screen made only when it is first
 * needed (a control hidden until then still costs its skin and styles in the first frame), or a focus
 * given once a control can take it.
 */
public final class OnceTrue {

    private OnceTrue() {
    }

    /** Runs {@code action} now if {@code condition} holds, else the first time it becomes true; never again. */
    public static void run(ObservableValue<Boolean> condition, Runnable action) {
        if (Boolean.TRUE.equals(condition.getValue())) {
            action.run();
            return;
        }
        condition.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> value, Boolean was, Boolean is) {
                if (Boolean.TRUE.equals(is)) {
                    value.removeListener(this);
                    action.run();
                }
            }
        });
    }
}
