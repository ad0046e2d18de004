package io.xraydesk.ui.dashboard;

import io.xraydesk.api.model.Source;
import io.xraydesk.core.export.Figures;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.xray.StageWords;
import io.xraydesk.core.xray.XRayOutcome;
import io.xraydesk.core.xray.XRayWords;
import io.xraydesk.ui.widgets.LabelLook;
import io.xraydesk.ui.widgets.LazyTooltip;
import io.xraydesk.ui.widgets.RequestLabels;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The columns of the requests list, each with a stable id (what the saved layout names), its place in the
 * {@link RowOrder} over the row's precomputed values (sorting 10,000 rows reads no JSON and asks no column for
 * a cell value) and a header never narrower than its title: at 1280 pixels, in French, no header is cut.
 */
final class RequestColumns {

    /** Room beside a header's title for its padding and the sort arrow. */
    private static final double HEADER_ROOM = 30;

    private final Figures figures = new Figures(Messages.locale());
    private final RowOrder order = new RowOrder();
    /**
     * Words sort as the table's own default comparator sorts them, by the default locale's collator; made at the
     * first sort on words, not with the screen (making it parses the locale's rules).
     */
    private Comparator<String> words;

    /** How the rows sort on each column of {@link #all}. */
    RowOrder order() {
        return order;
    }

    /** Every column in its default order; Stage and Created start hidden (the table's menu shows them). */
    List<TableColumn<RequestRow, ?>> all() {
        List<TableColumn<RequestRow, ?>> columns = new ArrayList<>();
        TableColumn<RequestRow, String> name = text("name", "dashboard.column.name", RequestRow::businessName, 210);
        // A long name may be cut in its column: the whole of it is one hover away (the tooltip made on hover).
        name.setCellFactory(c -> {
            TableCell<RequestRow, String> cell = textCell(text -> text);
            LazyTooltip whole = LazyTooltip.on(cell);
            cell.itemProperty().addListener((o, was, text) -> whole.setText(text));
            return cell;
        });
        columns.add(name);
        columns.add(text("code", "dashboard.column.code", RequestRow::codeDisplay, 105));
        columns.add(rowColumn("status", "dashboard.column.status", () -> LookCell.plain(RequestColumns::statusOf),
                Comparator.comparing((RequestRow row) -> row.isOnServer())
                        .thenComparing(row -> row.status() == null ? "" : row.status()), 135));
        TableColumn<RequestRow, RequestRow> stage = graphic("stage", "dashboard.column.stage", RequestColumns::stageOf,
                Comparator.comparing(row -> row.stage() == null ? "" : row.stage()), 100);
        stage.setVisible(false);
        columns.add(stage);
        TableColumn<RequestRow, Instant> created = time("created", "dashboard.column.created", RequestRow::createdAt);
        created.setVisible(false);
        columns.add(created);
        columns.add(time("updated", "dashboard.column.updated", RequestRow::lastUpdate));
        for (Source source : Source.values()) {
            columns.add(xray(source));
        }
        columns.add(number("pd", "dashboard.column.pd", row -> row.line().probabilityOfDefault(),
                pd -> figures.percentOfFraction(pd, 1)));
        columns.add(number("sanity", "dashboard.column.sanity", row -> row.line().dataSanity(),
                sanity -> figures.percentOfFraction(sanity / 100, 0)));
        columns.add(text("decision", "dashboard.column.decision", RequestRow::decisionText, 150));
        columns.add(changed());
        return columns;
    }

    private TableColumn<RequestRow, String> text(String id, String key, Function<RequestRow, String> value,
            double width) {
        TableColumn<RequestRow, String> column = column(id, key, width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        order.put(column, Comparator.comparing(value, this::compareWords));
        return column;
    }

    private TableColumn<RequestRow, Instant> time(String id, String key, Function<RequestRow, Instant> value) {
        TableColumn<RequestRow, Instant> column = column(id, key, 135);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        order.put(column, emptyFirst(value));
        column.setCellFactory(c -> textCell(RequestLabels::dateTime));
        return column;
    }

    /** A number shown as {@code format} says, right-aligned; rows without one sort first. */
    private TableColumn<RequestRow, Double> number(String id, String key, Function<RequestRow, Double> value,
            Function<Double, String> format) {
        TableColumn<RequestRow, Double> column = column(id, key, 80);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        order.put(column, emptyFirst(value));
        column.setCellFactory(c -> {
            TableCell<RequestRow, Double> cell = textCell(number -> number == null ? "" : format.apply(number));
            cell.setAlignment(Pos.CENTER_RIGHT);
            return cell;
        });
        return column;
    }

    private TableColumn<RequestRow, RequestRow> graphic(String id, String key, Function<RequestRow, Node> graphic,
            Comparator<RequestRow> rows, double width) {
        return rowColumn(id, key, () -> graphicCell(graphic), rows, width);
    }

    /** A column whose cells show the whole row, each cell made by {@code cells}. */
    private TableColumn<RequestRow, RequestRow> rowColumn(String id, String key,
            Supplier<? extends TableCell<RequestRow, RequestRow>> cells, Comparator<RequestRow> rows, double width) {
        TableColumn<RequestRow, RequestRow> column = column(id, key, width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> cells.get());
        order.put(column, rows);
        return column;
    }

    /** What changed since the analyst last opened the request: the heaviest change sorts first when descending. */
    private TableColumn<RequestRow, RequestRow> changed() {
        return rowColumn("changed", "dashboard.column.changed", () -> LookCell.wrapping(row -> new LabelLook(
                row.changeText(), row.sinceLastLook().anything() ? "text-bold" : "text-muted")),
                Comparator.comparingInt((RequestRow row) -> row.sinceLastLook().weight())
                        .thenComparing(row -> row.sinceLastLook().neverOpened()), 160);
    }

    private TableColumn<RequestRow, XRayOutcome> xray(Source source) {
        TableColumn<RequestRow, XRayOutcome> column = new TableColumn<>(XRayWords.shortName(source));
        column.setId("xray-" + source.wire());
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().xrays().get(source)));
        // A state's word may take two lines ("awaiting / documents"): the rows are tall enough for two.
        column.setCellFactory(c -> LookCell.badge(RequestLabels::xrayLook, XRayOutcome::line));
        order.put(column, emptyFirst(row -> row.xrayOrder(source)));
        column.setPrefWidth(98);
        column.setMinWidth(headerWidth(column.getText()));
        return column;
    }

    private int compareWords(String one, String other) {
        if (words == null) {
            words = Comparator.nullsFirst(Collator.getInstance());
        }
        return words.compare(one, other);
    }

    /** Rows in the natural order of {@code value}, those without one first. */
    private static <T extends Comparable<? super T>> Comparator<RequestRow> emptyFirst(Function<RequestRow, T> value) {
        return Comparator.comparing(value, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    private static <T> TableColumn<RequestRow, T> column(String id, String key, double width) {
        TableColumn<RequestRow, T> column = new TableColumn<>(Messages.get(key));
        column.setId("dashboard-" + id);
        column.setMinWidth(headerWidth(column.getText()));
        column.setPrefWidth(Math.max(width, column.getMinWidth()));
        return column;
    }

    /** The title's width in the header's bold font, and room for the sort arrow. */
    private static double headerWidth(String title) {
        Text text = new Text(title);
        text.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize()));
        return Math.ceil(text.getLayoutBounds().getWidth()) + HEADER_ROOM;
    }

    /** The status chip, or "not found on the server" for a request the server no longer knows. */
    private static LabelLook statusOf(RequestRow row) {
        return row.isOnServer() ? RequestLabels.statusLook(row.status()) : RequestLabels.notFoundLook();
    }

    /** The stage in words, its raw code in a tooltip. */
    private static Node stageOf(RequestRow row) {
        Label words = new Label(StageWords.of(row.stage()));
        if (row.stage() != null) {
            words.setTooltip(new Tooltip(row.stage()));
        }
        return words;
    }

    private static <T> TableCell<RequestRow, T> textCell(Function<T, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
            }
        };
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
