package io.xraydesk.ui.dashboard;

import io.xraydesk.api.model.Source;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.xray.StageWords;
import io.xraydesk.core.xray.XRayOutcome;
import io.xraydesk.core.xray.XRayStatus;
import io.xraydesk.ui.shell.Routes;
import io.xraydesk.ui.widgets.RequestLabels;
import io.xraydesk.ui.widgets.WholeColumns;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/**
 * The requests list's table: name, company code, status, stage, dates and one column per X-Ray,
 * sorted by last update. Rows fetched long ago, or all rows while offline, are dimmed as stale;
 * a double click or Enter opens the request.
 */
final class RequestsTable extends TableView<RequestRow> {

    /** Row height fitting a badge whose word takes two lines; fixed, which also keeps 5,000 rows fast. */
    private static final double TWO_LINES_OF_CHIPS = 44;

    /** Rows are dimmed as stale against this clock, and all of them while offline. */
    private final Clock clock;
    private final ObservableBooleanValue offline;

    /** The columns whose values are never cut: codes and dates. */
    private Set<TableColumnBase<?, ?>> wholeCells = Set.of();
    /** The X-Ray columns: their badges wrap, but never inside a word. */
    private final Set<TableColumnBase<?, ?>> wholeWords = new HashSet<>();

    /** Shows the model's visible rows, sorted by the table's columns; opening a row goes through {@code routes}. */
    RequestsTable(DashboardModel model, Routes routes, Clock clock, ObservableBooleanValue offline) {
        this.clock = clock;
        this.offline = offline;
        setId("dashboard-table");
        getStyleClass().add("requests-table");
        setItems(model.visible());
        model.visible().comparatorProperty().bind(comparatorProperty());
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setFixedCellSize(TWO_LINES_OF_CHIPS);
        setPlaceholder(new Label(Messages.get("dashboard.no_match")));

        addColumns();
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

    private void addColumns() {
        TableColumn<RequestRow, String> name = textColumn("dashboard.column.name", RequestRow::businessName);
        // A long name may be cut in its column: the whole of it is one hover away.
        name.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        name.setPrefWidth(150);
        TableColumn<RequestRow, String> code = textColumn("dashboard.column.code", RequestRow::codeDisplay);
        code.setPrefWidth(100);
        TableColumn<RequestRow, RequestRow> status = new TableColumn<>(Messages.get("dashboard.column.status"));
        status.setId("dashboard-status");
        status.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        status.setCellFactory(column -> graphicCell(RequestsTable::statusOf));
        status.setComparator(Comparator.comparing((RequestRow row) -> row.isOnServer())
                .thenComparing(row -> row.status() == null ? "" : row.status()));
        status.setPrefWidth(140);
        TableColumn<RequestRow, RequestRow> stage = new TableColumn<>(Messages.get("dashboard.column.stage"));
        stage.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        stage.setCellFactory(column -> graphicCell(RequestsTable::stageOf));
        stage.setComparator(Comparator.comparing(row -> row.stage() == null ? "" : row.stage()));
        stage.setPrefWidth(100);
        TableColumn<RequestRow, Instant> created = timeColumn("dashboard.column.created", RequestRow::createdAt);
        TableColumn<RequestRow, Instant> updated = timeColumn("dashboard.column.updated", RequestRow::updatedAt);
        getColumns().addAll(java.util.List.of(name, code, status, stage, created, updated));
        wholeCells = Set.of(code, status, stage, created, updated);
        for (Source source : Source.values()) {
            TableColumn<RequestRow, XRayOutcome> xray = xrayColumn(source);
            wholeWords.add(xray);
            getColumns().add(xray);
        }
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
                getStyleClass().remove("stale");
                if (stale) {
                    getStyleClass().add("stale");
                }
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

    private static TableColumn<RequestRow, String> textColumn(String key, Function<RequestRow, String> value) {
        TableColumn<RequestRow, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<RequestRow, Instant> timeColumn(String key, Function<RequestRow, Instant> value) {
        TableColumn<RequestRow, Instant> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : RequestLabels.dateTime(item));
            }
        });
        column.setPrefWidth(105);
        return column;
    }

    /** The status chip, or "not found on the server" for a request the server no longer knows. */
    private static Node statusOf(RequestRow row) {
        return row.isOnServer() ? RequestLabels.statusChip(row.status()) : RequestLabels.notFoundChip();
    }

    /** The stage in words, its raw code in a tooltip. */
    private static Node stageOf(RequestRow row) {
        Label words = new Label(StageWords.of(row.stage()));
        if (row.stage() != null) {
            words.setTooltip(new Tooltip(row.stage()));
        }
        return words;
    }

    private static TableColumn<RequestRow, XRayOutcome> xrayColumn(Source source) {
        TableColumn<RequestRow, XRayOutcome> column = new TableColumn<>(shortName(source));
        column.setId("xray-" + source.wire());
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().xrays().get(source)));
        // A state's word may take two lines ("awaiting / documents") rather than be cut short: the
        // box gives the badge its own width up to the column's, the rows are tall enough for two.
        column.setCellFactory(c -> graphicCell(outcome -> {
            Label badge = RequestLabels.xrayBadge(outcome);
            badge.setWrapText(true);
            // The cell gives its graphic one line's height: the box asks for the row's two lines,
            // and the badge may take them all to wrap into.
            badge.setMaxHeight(Double.MAX_VALUE);
            HBox fitted = new HBox(badge);
            fitted.setPrefHeight(TWO_LINES_OF_CHIPS);
            fitted.setAlignment(Pos.CENTER_LEFT);
            return fitted;
        }));
        // Ready first, best grade first; then in the order of the states.
        column.setComparator(Comparator.comparing(XRayOutcome::status, Comparator.comparingInt(RequestsTable::rank))
                .thenComparing(s -> s.grade() == null ? "~" : s.grade()));
        column.setPrefWidth(110);
        return column;
    }

    private static int rank(XRayStatus status) {
        return switch (status) {
            case READY -> 0;
            case NOT_RATED -> 1;
            case PENDING -> 2;
            case AWAITING_DOCUMENTS -> 3;
            case FAILED -> 4;
        };
    }

    private static String shortName(Source source) {
        return Messages.get("xray.short." + source.wire());
    }

    private static <T> TableCell<RequestRow, T> graphicCell(Function<T, Node> graphic) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : graphic.apply(item));
            }
        };
    }

}
