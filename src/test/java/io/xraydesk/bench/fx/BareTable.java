package io.xraydesk.bench.fx;

import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import org.testfx.api.FxRobot;

/**
 * The floor JavaFX itself sets on a machine for a list's steps: a bare {@link TableView} of plain rows in three
 * columns, shown, filtered and sorted through a filtered and sorted list as the portfolio's model does, each
 * until its frame is laid out, with the JavaFX thread's longest stall meanwhile.
 */
final class BareTable {

    /** Each step in nanoseconds, the stall in milliseconds. */
    record Reference(double firstPaint, double filter, double sort, double maxStall) {
    }

    private BareTable() {
    }

    /** Shows a bare table of {@code rows} rows as the root of {@code scene} and measures it. */
    static Reference measure(FxRobot robot, Scene scene, int rows) throws Exception {
        ObservableList<String[]> items = FXCollections.observableArrayList();
        for (int i = 0; i < rows; i++) {
            items.add(new String[] {"Company " + i, "514673987", "ABCDE".substring(i % 5, i % 5 + 1)});
        }
        FilteredList<String[]> filtered = new FilteredList<>(items);
        SortedList<String[]> sorted = new SortedList<>(filtered);
        TableView<String[]> table = new TableView<>();
        for (int c = 0; c < 3; c++) {
            int index = c;
            TableColumn<String[], String> column = new TableColumn<>("Column " + c);
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()[index]));
            table.getColumns().add(column);
        }
        sorted.comparatorProperty().bind(table.comparatorProperty());
        PulseProbe probe = new PulseProbe();
        robot.interact(() -> {
            scene.setRoot(new StackPane(table));
            probe.start(scene);
        });
        double firstPaint = FxFrames.timed(scene, () -> table.setItems(sorted));
        double filter = FxFrames.timed(scene, () -> filtered.setPredicate(row -> row[0].contains("company 42")
                || row[0].toLowerCase(Locale.ROOT).contains("company 42")));
        FxFrames.timed(scene, () -> filtered.setPredicate(null));
        double sort = FxFrames.timed(scene, () -> FxFrames.sortBy(table, table.getColumns().get(2)));
        robot.interact(probe::stop);
        return new Reference(firstPaint, filter, sort, probe.maxStallMillis());
    }
}
