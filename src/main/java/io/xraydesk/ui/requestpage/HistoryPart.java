package io.xraydesk.ui.requestpage;

import io.xraydesk.core.audit.AuditText;
import io.xraydesk.core.creditfile.CreditFile;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.AuditEntry;
import io.xraydesk.ui.widgets.RequestLabels;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The request's audit trail, oldest first: every action on it (created, documents sent, reports
 * received, notes, decisions, memos, exports) with when, who and what in the analyst's words.
 */
final class HistoryPart {

    private final TableView<AuditEntry> table = new TableView<>();
    private final VBox root = new VBox(8);

    HistoryPart(CreditFileModel file) {
        table.setId("audit-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(Messages.get("history.none")));
        table.getColumns().add(column("history.when", 150, entry -> RequestLabels.dateTime(entry.at())));
        table.getColumns().add(column("history.who", 160, entry -> entry.actor().displayName()));
        table.getColumns().add(column("history.what", 560, AuditText::describe));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label problem = new Label();
        problem.getStyleClass().add("warning");
        problem.textProperty().bind(file.problemProperty());
        problem.visibleProperty().bind(file.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        root.setPadding(new Insets(8, 0, 0, 0));
        root.getChildren().addAll(problem, table);
    }

    /** Lists the trail of a fresh read. */
    void show(CreditFile.Contents read) {
        table.getItems().setAll(read.trail());
    }

    Node view() {
        return root;
    }

    private static TableColumn<AuditEntry, String> column(String key, double width,
            Function<AuditEntry, String> text) {
        TableColumn<AuditEntry, String> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }
}
