package io.xraydesk.bench.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Times what a window shows: an action until its frame is laid out, from any thread but the FX thread. */
final class FxFrames {

    private FxFrames() {
    }

    /** Nanoseconds from running {@code action} on the FX thread to the end of the next layout of {@code scene}. */
    static double timed(Scene scene, Runnable action) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        long[] start = new long[1];
        Platform.runLater(() -> {
            start[0] = System.nanoTime();
            action.run();
            onceLaidOut(scene, () -> true, done);
        });
        return done.get(60, TimeUnit.SECONDS) - start[0];
    }

    /** Completes {@code done} at the end of the first layout pass that finds {@code ready} true; on the FX thread. */
    static void onceLaidOut(Scene scene, BooleanSupplier ready, CompletableFuture<Long> done) {
        List<Runnable> self = new ArrayList<>(1);
        Runnable listener = () -> {
            if (ready.getAsBoolean()) {
                scene.removePostLayoutPulseListener(self.get(0));
                done.complete(System.nanoTime());
            } else {
                Platform.requestNextPulse();
            }
        };
        self.add(listener);
        scene.addPostLayoutPulseListener(listener);
        Platform.requestNextPulse();
    }

    /** Sorts {@code table} on {@code column} alone, ascending, as a click on its header does; on the FX thread. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void sortBy(TableView table, TableColumn column) {
        column.setSortType(TableColumn.SortType.ASCENDING);
        table.getSortOrder().setAll(List.of(column));
    }
}
