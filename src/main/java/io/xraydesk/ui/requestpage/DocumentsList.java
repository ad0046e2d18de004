package io.xraydesk.ui.requestpage;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.xray.RequestSummary;
import io.xraydesk.ui.widgets.DataText;
import io.xraydesk.ui.widgets.RequestLabels;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * The documents of a request: file, category, and its state as the summary says it — one that
 * follows the request (an analysed request's documents read "analysed", even while the medium's own
 * status still says it is being read).
 */
final class DocumentsList extends GridPane {

    DocumentsList() {
        setId("request-media");
        setHgap(16);
        setVgap(4);
        show(List.of());
    }

    void show(List<RequestSummary.DocumentLine> lines) {
        getChildren().clear();
        if (lines.isEmpty()) {
            Label none = new Label(Messages.get("requestpage.documents.none"));
            none.getStyleClass().add("text-muted");
            add(none, 0, 0);
            return;
        }
        int row = 0;
        for (RequestSummary.DocumentLine line : lines) {
            add(DataText.of(new Label(line.name())), 0, row);
            add(DataText.of(new Label(line.category())), 1, row);
            add(RequestLabels.documentChip(line.state()), 2, row);
            row++;
        }
    }

    void showProblem() {
        getChildren().setAll(new Label(Messages.get("requestpage.documents.failed")));
    }
}
