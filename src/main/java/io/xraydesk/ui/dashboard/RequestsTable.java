package io.xraydesk.ui.dashboard;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.shell.Routes;
import io.xraydesk.ui.widgets.RequestLabels;
import io.xraydesk.ui.widgets.WholeColumns;
import java.time.Clock;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/**
 * The requests list's table ({@link RequestColumns}): name, company code, status, last update, one column
 * per X-Ray, probability of default, data sanity, decision and what changed since the last look; sorted
 * by last update until the analyst sorts otherwise. Several rows can be selected for an export. Rows fetched long ago, or all rows while offline, are dimmed as stale;
 * a double click or Enter opens the request.
 */
final class RequestsTable extends TableView<RequestRow> {

    /** Row height fitting a badge whose word takes two lines; fixed, which also keeps 5,000 rows fast. */
    private static final double TWO_LINES_OF_CHIPS = 44;

    /** The columns whose values are never cut: codes, states, dates and figures. */
    private static final Set<String> WHOLE_CELLS = Set.of("dashboard-code", "dashboard-status", "dashboard-stage",
            "dashboard-created", "dashboard-updated", "dashboard-pd", "dashboard-sanity");

    /** Rows are dimmed as stale against this clock, and all of them while offline. */
    private final Clock clock;
    private final ObservableBooleanValue offline;
    /** The columns {@link WholeColumns} keeps whole, and those whose words it keeps whole: found once, by id. */
    private final Set<TableColumnBase<?, ?>> wholeCells;
    private final Set<TableColumnBase<?, ?>> wholeWords;

    /** Shows the model's visible rows, sorted by the table's columns; opening a row goes through {@code routes}. */
    RequestsTable(DashboardModel model, Routes routes, Clock clock, ObservableBooleanValue offline) {
        this.clock = clock;
        this.offline = offline;
        setId("dashboard-table");
        getStyleClass().add("requests-table");
        setItems(model.visible());
        RequestColumns columns = new RequestColumns();
        // The list sorts on the rows' own values (RowOrder), not through the table's comparator, which asks each
        // column for a cell value at every comparison.
        setSortPolicy(table -> {
            model.visible().setComparator(columns.order().of(table.getSortOrder()));
            return true;
        });
        // Fifteen columns do not fit a laptop's width whole: each keeps a width that shows its title and its
        // words uncut and the table scrolls sideways, rather than squeezing every column into ellipses.
        // Columns can be hidden from the table's menu; widths, order and visibility are kept.
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        // Several rows at once for the portfolio summary export; the table's menu shows hidden columns.
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setTableMenuButtonVisible(true);
        setFixedCellSize(TWO_LINES_OF_CHIPS);
        setPlaceholder(new Label(Messages.get("dashboard.no_match")));

        addColumns(columns);
        wholeCells = columns(WHOLE_CELLS::contains);
        wholeWords = columns(RequestsTable::wrapsWords);
        setRowFactory(view -> row(routes));
        setOnKeyPressed(event -> {
            RequestRow selected = getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                routes.openRequest(selected.id());
                event.consume();
            }
        });
        offline.addListener((o, was, is) -> refresh());
    }

    @Override
    protected void layoutChildren() {
        WholeColumns.fit(this, wholeCells, wholeWords);
        super.layoutChildren();
    }

    /** The X-Ray states and what changed wrap on the row's two lines, never inside a word. */
    private static boolean wrapsWords(String id) {
        return id.startsWith("xray-") || id.equals("dashboard-changed");
    }

    private Set<TableColumnBase<?, ?>> columns(Predicate<String> byId) {
        return getColumns().stream().filter(column -> column.getId() != null && byId.test(column.getId()))
                .collect(Collectors.toSet());
    }

    private void addColumns(RequestColumns columns) {
        getColumns().setAll(columns.all());
        TableColumn<RequestRow, ?> updated = getColumns().stream()
                .filter(column -> "dashboard-updated".equals(column.getId())).findFirst().orElseThrow();
        updated.setSortType(TableColumn.SortType.DESCENDING);
        getSortOrder().add(updated);
    }

    /** A row dimmed when stale; a double click opens its request. */
    private TableRow<RequestRow> row(Routes routes) {
        TableRow<RequestRow> row = new TableRow<>() {
            @Override
            protected void updateItem(RequestRow item, boolean empty) {
                super.updateItem(item, empty);
                boolean stale = !empty && item != null && (offline.get() || !item.isOnServer()
                        || item.isOlderThan(DashboardScreen.STALE_AFTER, clock.instant()));
                setOpacity(stale ? 0.6 : 1);
                setTooltip(stale ? new Tooltip(staleText(item)) : null);
            }
        };
        row.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && !row.isEmpty()) {
                routes.openRequest(row.getItem().id());
            }
        });
        return row;
    }

    private static String staleText(RequestRow row) {
        return row.isOnServer() ? Messages.get("dashboard.stale", RequestLabels.dateTime(row.fetchedAt()))
                : Messages.get("xray.presence.notFound", RequestLabels.dateTime(row.missingSince()));
    }
}
