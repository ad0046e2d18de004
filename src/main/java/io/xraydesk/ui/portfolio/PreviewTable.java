package io.xraydesk.ui.portfolio;

import io.xraydesk.core.i18n.Messages;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.converter.DefaultStringConverter;

/**
 * The preview as a table, one row per company of the list: whether it is imported, its row, its code as
 * typed (editable) and the check's verdict, its business name (editable), the documents found with their
 * guessed description, the request it reuses (with "create anyway"), every problem in words, and once the
 * run reached it, its outcome. Edits are handed to the model, which checks the whole list again.
 */
final class PreviewTable {

    private final TableView<ImportRowItem> table = new TableView<>();
    private final PortfolioImportModel model;

    PreviewTable(PortfolioImportModel model) {
        this.model = model;
        table.setId("portfolio-table");
        table.setItems(model.rows());
        table.setEditable(true);
        table.setPlaceholder(new Label(Messages.get("portfolio.ui.empty")));
        table.editableProperty().bind(model.phaseProperty().isEqualTo(PortfolioImportModel.Phase.PREVIEW));
        TableColumn<ImportRowItem, String> outcome = text("portfolio.ui.column.outcome", 290, ImportRowText::outcome);
        outcome.visibleProperty().bind(model.phaseProperty().isEqualTo(PortfolioImportModel.Phase.RUNNING)
                .or(model.phaseProperty().isEqualTo(PortfolioImportModel.Phase.FINISHED)));
        table.getColumns().addAll(List.of(
                checkColumn("portfolio.ui.column.import", "portfolio-import-cell", 80, item -> !item.excluded(),
                        item -> true, (item, on) -> model.setExcluded(item.row().line(), !on)),
                text("portfolio.ui.column.row", 46, item -> String.valueOf(item.row().line())),
                editable("portfolio.ui.column.code", "portfolio-code-cell", 130, item -> orEmpty(item.row().code()),
                        (item, typed) -> model.correctCode(item.row().line(), typed)),
                text("portfolio.ui.column.check", 150, ImportRowText::check),
                editable("portfolio.ui.column.name", "portfolio-name-cell", 170,
                        item -> orEmpty(item.row().businessName()),
                        (item, typed) -> model.correctBusinessName(item.row().line(), typed)),
                outcome,
                text("portfolio.ui.column.problems", 300, ImportRowText::problems),
                text("portfolio.ui.column.existing", 180, ImportRowText::existing),
                checkColumn("portfolio.ui.column.createAnyway", "portfolio-create-cell", 90,
                        ImportRowItem::createAnyway, ImportRowItem::offersCreateAnyway,
                        (item, on) -> model.setCreateAnyway(item.row().line(), on)),
                text("portfolio.ui.column.documents", 380, ImportRowText::documents)));
    }

    TableView<ImportRowItem> view() {
        return table;
    }

    private static TableColumn<ImportRowItem, String> text(String titleKey, double width,
            Function<ImportRowItem, String> value) {
        TableColumn<ImportRowItem, String> column = new TableColumn<>(Messages.get(titleKey));
        column.setPrefWidth(width);
        column.setEditable(false);
        column.setCellValueFactory(data -> new ReadOnlyStringWrapper(value.apply(data.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            {
                // Problems and documents run to several sentences: wrapped, never cut to "…".
                setWrapText(true);
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
            }
        });
        return column;
    }

    /** A text the analyst corrects in place; Enter commits it and the list is checked again. */
    private TableColumn<ImportRowItem, String> editable(String titleKey, String cellClass, double width,
            Function<ImportRowItem, String> value, BiConsumer<ImportRowItem, String> commit) {
        TableColumn<ImportRowItem, String> column = text(titleKey, width, value);
        column.setEditable(true);
        column.setCellFactory(c -> {
            TableCell<ImportRowItem, String> cell = new TextFieldTableCell<>(
                    new DefaultStringConverter());
            cell.getStyleClass().add(cellClass);
            return cell;
        });
        column.setOnEditCommit(edit -> {
            if (!edit.getNewValue().equals(edit.getOldValue())) {
                commit.accept(edit.getRowValue(), edit.getNewValue());
            }
        });
        return column;
    }

    /** A choice per row: a check box, greyed out where {@code offered} says the choice does not apply. */
    private TableColumn<ImportRowItem, ImportRowItem> checkColumn(String titleKey, String cellClass, double width,
            Predicate<ImportRowItem> selected, Predicate<ImportRowItem> offered,
            BiConsumer<ImportRowItem, Boolean> choose) {
        TableColumn<ImportRowItem, ImportRowItem> column = new TableColumn<>(Messages.get(titleKey));
        column.setPrefWidth(width);
        column.setEditable(false);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final CheckBox box = new CheckBox();

            {
                getStyleClass().add(cellClass);
                box.disableProperty().bind(model.phaseProperty().isNotEqualTo(PortfolioImportModel.Phase.PREVIEW));
                box.setOnAction(event -> choose.accept(getItem(), box.isSelected()));
            }

            @Override
            protected void updateItem(ImportRowItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null || !offered.test(item)) {
                    setGraphic(null);
                    return;
                }
                box.setSelected(selected.test(item));
                setGraphic(box);
            }
        });
        return column;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
