package io.xraydesk.ui.upload;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.collections.ObservableList;

/**
 * Puts new rows in the table a few per frame. Each row that appears costs the JavaFX thread the
 * styling of its cells; fifty files queued from the command line arriving in one frame would hold it
 * for tens of milliseconds on a small machine. FX thread only.
 */
final class RowPacer {

    /** Rows added per frame: a handful appears at once, the table still fills within a fraction of a second. */
    static final int ROWS_PER_FRAME = 2;

    private final ObservableList<UploadRow> rows;
    private final Deque<UploadRow> waiting = new ArrayDeque<>();
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            List<UploadRow> next = new ArrayList<>();
            while (next.size() < ROWS_PER_FRAME && !waiting.isEmpty()) {
                next.add(waiting.poll());
            }
            rows.addAll(next);
            if (waiting.isEmpty()) {
                stop();
            }
        }
    };

    RowPacer(ObservableList<UploadRow> rows) {
        this.rows = rows;
    }

    void add(List<UploadRow> added) {
        if (added.isEmpty()) {
            return;
        }
        waiting.addAll(added);
        frames.start();
    }

    /** The rows shown and those still waiting for their frame. */
    List<UploadRow> allRows() {
        List<UploadRow> all = new ArrayList<>(rows);
        all.addAll(waiting);
        return all;
    }
}
