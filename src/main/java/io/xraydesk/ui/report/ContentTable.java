package io.xraydesk.ui.report;

import io.xraydesk.core.export.ColumnKind;
import io.xraydesk.core.export.Emphasis;
import io.xraydesk.core.export.Figures;
import io.xraydesk.core.export.ReportTable;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.widgets.Badges;
import java.util.Comparator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * A {@link ReportTable} as a sortable TableView sized to its rows (the page scrolls, not the
 * table), numbers right-aligned and sorted as numbers, highlighted rows coloured.
 */
final class ContentTable {

    private static final double ROW_HEIGHT = 28;
    private static final double HEADER_HEIGHT = 40;
    /** Taller tables scroll inside; below this the whole table shows and only the page scrolls. */
    private static final int MAX_VISIBLE_ROWS = 30;

    private ContentTable() {
    }

    static TableView<ReportTable.Row> build(ReportTable table, Figures figures) {
        TableView<ReportTable.Row> view = new TableView<>();
        view.getStyleClass().add("report-table");
        view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        view.setFixedCellSize(ROW_HEIGHT);
        view.setPlaceholder(new Label(Messages.get("report.table.empty")));
        for (int c = 0; c < table.columns().size(); c++) {
            TableColumn<ReportTable.Row, Object> column = column(table.columns().get(c), c, figures);
            column.setPrefWidth(ColumnWidths.of(table, c, figures));
            view.getColumns().add(column);
        }
        view.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(ReportTable.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeIf(style -> style.startsWith("emphasis-"));
                if (!empty && row != null && row.emphasis() != Emphasis.NONE) {
                    getStyleClass().add(Sections.emphasisClass(row.emphasis()));
                }
            }
        });
        view.getItems().setAll(table.rows());
        int visible = Math.max(1, Math.min(MAX_VISIBLE_ROWS, table.rows().size()));
        double height = HEADER_HEIGHT + ROW_HEIGHT * visible + 4;
        view.setPrefHeight(height);
        view.setMinHeight(height);
        return view;
    }

    private static TableColumn<ReportTable.Row, Object> column(ReportTable.Column spec, int index, Figures figures) {
        TableColumn<ReportTable.Row, Object> column = new TableColumn<>(spec.title());
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().value(index)));
        column.setComparator(Comparator.nullsLast(ContentTable::compare));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Object value, boolean empty) {
                super.updateItem(value, empty);
                boolean badge = !empty && value != null && spec.kind() == ColumnKind.GRADE;
                setGraphic(badge ? Badges.grade(value.toString()) : null);
                setText(empty || badge ? null : ReportTable.display(value, spec.kind(), figures));
            }
        });
        if (spec.kind().numeric()) {
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return column;
    }

    private static int compare(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return Double.compare(x, y);
        }
        return String.valueOf(a).compareToIgnoreCase(String.valueOf(b));
    }
}
