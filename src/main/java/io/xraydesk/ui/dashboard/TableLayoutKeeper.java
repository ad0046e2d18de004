package io.xraydesk.ui.dashboard;

import io.xraydesk.store.TableLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Duration;

/**
 * Keeps a table as the analyst arranges it between launches: puts back the saved order, widths, shown
 * columns and sort order, then hands every later change to {@code save} once the analyst has stopped
 * dragging for a moment (a resize is hundreds of width events; the settings file is written once).
 */
final class TableLayoutKeeper<S> {

    private static final Duration QUIET = Duration.millis(600);

    private final TableView<S> table;
    private final PauseTransition quiet = new PauseTransition(QUIET);

    TableLayoutKeeper(TableView<S> table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /** Applies {@code saved} (null: the defaults stay), then follows the table; call on the FX thread. */
    void restoreAndTrack(TableLayout saved, Consumer<TableLayout> save) {
        if (saved != null) {
            apply(table, saved);
        }
        quiet.setOnFinished(event -> save.accept(capture(table)));
        table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) change -> changed());
        table.getSortOrder().addListener((ListChangeListener<TableColumn<S, ?>>) change -> changed());
        for (TableColumn<S, ?> column : table.getColumns()) {
            column.widthProperty().addListener((o, was, is) -> changed());
            column.visibleProperty().addListener((o, was, is) -> changed());
            column.sortTypeProperty().addListener((o, was, is) -> changed());
        }
    }

    private void changed() {
        quiet.playFromStart();
    }

    /**
     * Saves at once a change still waiting for its quiet moment, and stops waiting: the table leaves the
     * window, and a timer left behind would fire once the screen's work is closed.
     */
    void flush() {
        if (quiet.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            quiet.stop();
            quiet.getOnFinished().handle(null);
        }
    }

    static <S> TableLayout capture(TableView<S> table) {
        List<TableLayout.Column> columns = table.getColumns().stream()
                .map(c -> new TableLayout.Column(c.getId(), c.getWidth(), c.isVisible())).toList();
        List<TableLayout.SortKey> sort = table.getSortOrder().stream()
                .map(c -> new TableLayout.SortKey(c.getId(), c.getSortType() == TableColumn.SortType.DESCENDING))
                .toList();
        return new TableLayout(columns, sort);
    }

    /** Columns named in {@code layout} first, in its order; the others after them as they were. */
    static <S> void apply(TableView<S> table, TableLayout layout) {
        Map<String, TableColumn<S, ?>> byId = table.getColumns().stream()
                .collect(Collectors.toMap(TableColumn::getId, Function.identity()));
        List<TableColumn<S, ?>> ordered = new ArrayList<>();
        for (TableLayout.Column saved : layout.columns()) {
            TableColumn<S, ?> column = byId.remove(saved.id());
            if (column != null) {
                column.setPrefWidth(Math.max(column.getMinWidth(), saved.width()));
                column.setVisible(saved.visible());
                ordered.add(column);
            }
        }
        table.getColumns().stream().filter(byId::containsValue).forEach(ordered::add);
        table.getColumns().setAll(ordered);
        List<TableColumn<S, ?>> sort = new ArrayList<>();
        for (TableLayout.SortKey key : layout.sortOrder()) {
            table.getColumns().stream().filter(c -> key.id().equals(c.getId())).findFirst().ifPresent(column -> {
                column.setSortType(key.descending() ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
                sort.add(column);
            });
        }
        if (!sort.isEmpty() || !layout.columns().isEmpty()) {
            table.getSortOrder().setAll(sort);
        }
    }
}
