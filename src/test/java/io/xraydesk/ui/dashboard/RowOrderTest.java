package io.xraydesk.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.xraydesk.api.model.Source;
import io.xraydesk.core.requests.PortfolioReader;
import io.xraydesk.core.xray.XRayOutcome;
import io.xraydesk.core.xray.XRayStatus;
import io.xraydesk.store.LocalDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import javafx.scene.control.TableColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rows' order on the table's sort order, over the values made with each row. */
class RowOrderTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path folder;

    @Test
    void anXRaySortsReadyFirstBestGradeFirstThenByState() {
        List<XRayOrder> expected = List.of(order(XRayStatus.READY, "A"), order(XRayStatus.READY, "B"),
                order(XRayStatus.READY, "C+"), order(XRayStatus.READY, null), order(XRayStatus.NOT_RATED, null),
                order(XRayStatus.PENDING, null), order(XRayStatus.AWAITING_DOCUMENTS, null),
                order(XRayStatus.FAILED, null));
        List<XRayOrder> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(19));
        shuffled.sort(Comparator.naturalOrder());
        assertEquals(expected, shuffled);
    }

    @Test
    void columnsSortOneAfterTheOtherAndADescendingOneIsReversed() {
        List<RequestRow> rows = rows(10);
        TableColumn<RequestRow, Object> financial = new TableColumn<>("Financial");
        TableColumn<RequestRow, Object> name = new TableColumn<>("Name");
        RowOrder order = new RowOrder();
        order.put(financial, Comparator.comparing(row -> row.xrayOrder(Source.FINANCIAL)));
        order.put(name, Comparator.comparing(RequestRow::businessName));

        name.setSortType(TableColumn.SortType.DESCENDING);
        assertEquals(List.of("Company 5", "Company 0", "Company 6", "Company 1"),
                names(rows, order.of(List.of(financial, name))).subList(0, 4));
        financial.setSortType(TableColumn.SortType.DESCENDING);
        assertEquals(List.of("Company 9", "Company 4", "Company 8", "Company 3"),
                names(rows, order.of(List.of(financial, name))).subList(0, 4));

        financial.setSortable(false);
        assertEquals(List.of("Company 9", "Company 8", "Company 7"),
                names(rows, order.of(List.of(financial, name))).subList(0, 3), "a column that cannot sort is skipped");
        assertNull(order.of(List.of()), "no column: the list's own order");
    }

    @Test
    void aColumnWithoutARowOrderIsRefusedRatherThanLeftUnsorted() {
        TableColumn<RequestRow, Object> unknown = new TableColumn<>("Unknown");
        unknown.setId("unknown");
        assertThrows(IllegalStateException.class, () -> new RowOrder().of(List.of(unknown)));
    }

    private static XRayOrder order(XRayStatus status, String grade) {
        return XRayOrder.of(new XRayOutcome(Source.FINANCIAL, status, grade, null, null, null, 0, null));
    }

    private static List<String> names(List<RequestRow> rows, Comparator<RequestRow> order) {
        return rows.stream().sorted(order).map(RequestRow::businessName).toList();
    }

    private List<RequestRow> rows(int count) {
        try (LocalDatabase database = LocalDatabase.open(folder.resolve("rows.db"))) {
            PortfolioRows.fill(database, count, NOW);
            return new PortfolioReader(database).lines().stream().map(RequestRow::of).toList();
        }
    }
}
