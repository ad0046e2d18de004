package io.xraydesk.ui.requestpage;

import io.xraydesk.core.export.BankTransaction;
import io.xraydesk.core.export.ReportTable;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TableRow;

/**
 * The values of a report view an analyst can quote, found from the node under the mouse: the grade
 * ({@code /score}), the row of a report table that stands for one value of the report (a ratio,
 * an alert, a check), at the place the row says it was read from, and a Bank X-Ray's transaction
 * (its amount).
 */
final class ReportViewQuotes {

    /** The id report views give the grade they show. */
    private static final String GRADE_ID = "report-grade";

    private ReportViewQuotes() {
    }

    /** The JSON Pointer of the value {@code picked} shows, or is part of; empty when it shows none. */
    static Optional<String> pointerAt(Node picked) {
        for (Node node = picked; node != null; node = node.getParent()) {
            if (GRADE_ID.equals(node.getId())) {
                return Optional.of("/score");
            }
            if (node instanceof TableRow<?> row) {
                if (row.getItem() instanceof BankTransaction transaction) {
                    return transaction.quotedPointer();
                }
                return row.getItem() instanceof ReportTable.Row item && item.quoted() != null
                        ? Optional.of(item.quoted().pointer()) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
