package io.xraydesk.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xraydesk.core.requests.PortfolioReader;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.RequestOrigin;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The columns whose values sort in their natural order (words, times, figures) order the rows as the table's own
 * comparator orders their cells' values, which the list sorted with before it sorted on the rows' values.
 */
@ExtendWith(ApplicationExtension.class)
class RequestColumnsOrderTest {

    private static final Set<String> BY_VALUE = Set.of("dashboard-name", "dashboard-code", "dashboard-created",
            "dashboard-updated", "dashboard-pd", "dashboard-sanity", "dashboard-decision");

    @TempDir
    Path folder;

    @Test
    void wordsTimesAndFiguresSortAsTheTablesOwnComparator() {
        List<RequestRow> rows = rows(12);
        assertEquals(15, rows.size());
        RequestColumns columns = new RequestColumns();
        TableView<RequestRow> table = new TableView<>(FXCollections.observableArrayList(rows));
        table.getColumns().setAll(columns.all());
        int compared = 0;
        for (TableColumn<RequestRow, ?> column : table.getColumns()) {
            if (!BY_VALUE.contains(column.getId())) {
                continue;
            }
            for (TableColumn.SortType direction : TableColumn.SortType.values()) {
                column.setSortType(direction);
                table.getSortOrder().setAll(List.of(column));
                assertEquals(ids(rows.stream().sorted(table.getComparator()).toList()),
                        ids(rows.stream().sorted(columns.order().of(table.getSortOrder())).toList()),
                        column.getId() + " " + direction);
                compared++;
            }
        }
        assertEquals(2 * BY_VALUE.size(), compared);
    }

    private static List<String> ids(List<RequestRow> rows) {
        return rows.stream().map(RequestRow::id).toList();
    }

    /** {@code count} companies, and three whose names a collator orders otherwise than their characters' codes. */
    private List<RequestRow> rows(int count) {
        Instant now = Instant.parse("2026-03-02T10:00:00Z");
        try (LocalDatabase database = LocalDatabase.open(folder.resolve("rows.db"))) {
            PortfolioRows.fill(database, count, now);
            List<String> names = List.of("émile", "Zoé SA", "alpha");
            for (int i = 0; i < names.size(); i++) {
                String id = PortfolioRows.id(count + i);
                database.requestCache().upsertAll(List.of(new CachedRequest(id, "siren", "514673987", names.get(i),
                        "analysed", "3.1", now, now, "{\"id\":\"" + id + "\"}", now, RequestOrigin.CREATED_HERE, null)));
            }
            return new PortfolioReader(database).lines().stream().map(RequestRow::of).toList();
        }
    }
}
