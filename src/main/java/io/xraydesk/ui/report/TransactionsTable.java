package io.xraydesk.ui.report;

import io.xraydesk.core.export.BankTransaction;
import io.xraydesk.core.export.Figures;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A Bank X-Ray's transactions: a virtualised TableView (only visible rows get cells, so 50,000 lines
 * cost no more on screen than 50), sortable by any column, filtered by text and "alerts only". The
 * lines are read from the report's JSON on a background thread; the table shows "Loading…" meanwhile.
 */
final class TransactionsTable extends VBox {

    private static final double TABLE_HEIGHT = 420;

    private final ObservableList<BankTransaction> all = FXCollections.observableArrayList();
    private final FilteredList<BankTransaction> filtered = new FilteredList<>(all);
    private final TableView<BankTransaction> table = new TableView<>();
    private final TextField search = new TextField();
    private final CheckBox alertsOnly = new CheckBox(Messages.get("report.bank.alertsOnly"));
    private final Label count = new Label();
    private final Figures figures;

    TransactionsTable(BackgroundTasks tasks, com.fasterxml.jackson.databind.JsonNode data, Figures figures) {
        super(8);
        this.figures = figures;
        getStyleClass().add("transactions");
        search.setPromptText(Messages.get("report.bank.filter"));
        search.setId("transactions-filter");
        search.setPrefColumnCount(24);
        alertsOnly.setId("transactions-alerts-only");
        count.getStyleClass().add("text-muted");
        count.setId("transactions-count");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox filters = new HBox(12, search, alertsOnly, spacer, count);
        filters.setAlignment(Pos.CENTER_LEFT);

        table.setId("transactions-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(26);
        table.setPrefHeight(TABLE_HEIGHT);
        table.setMinHeight(TABLE_HEIGHT);
        table.setPlaceholder(new Label(Messages.get("report.bank.loading")));
        addColumns();
        table.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(BankTransaction t, boolean empty) {
                super.updateItem(t, empty);
                getStyleClass().remove("emphasis-warning");
                if (!empty && t != null && t.alert()) {
                    getStyleClass().add("emphasis-warning");
                }
            }
        });
        SortedList<BankTransaction> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        search.textProperty().addListener((o, was, now) -> refilter());
        alertsOnly.selectedProperty().addListener((o, was, now) -> refilter());
        getChildren().addAll(filters, table);
        updateCount();

        tasks.task("read transactions", progress -> BankTransaction.readAll(data))
                .onSuccess(this::show)
                .onFailure(failure -> table.setPlaceholder(new Label(Messages.get("report.bank.unreadable"))))
                .start();
    }

    private void show(List<BankTransaction> transactions) {
        all.setAll(transactions);
        table.setPlaceholder(new Label(Messages.get(transactions.isEmpty() ? "report.table.empty" : "report.bank.noMatch")));
        updateCount();
    }

    private void refilter() {
        String needle = search.getText() == null ? "" : search.getText().trim().toLowerCase(Locale.ROOT);
        boolean onlyAlerts = alertsOnly.isSelected();
        Predicate<BankTransaction> matches = t -> (!onlyAlerts || t.alert())
                && (needle.isEmpty() || contains(t.label(), needle) || contains(t.counterparty(), needle)
                        || contains(t.date(), needle));
        filtered.setPredicate(needle.isEmpty() && !onlyAlerts ? null : matches);
        updateCount();
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }

    private void updateCount() {
        count.setText(Messages.get("report.bank.showing", filtered.size(), all.size()));
    }

    private void addColumns() {
        TableColumn<BankTransaction, String> date = text("report.column.date", BankTransaction::date);
        date.setCellFactory(c -> cell(figures::date, false));
        date.setPrefWidth(110);
        date.setMaxWidth(140);
        TableColumn<BankTransaction, String> label = text("report.column.label", BankTransaction::label);
        label.setPrefWidth(300);
        TableColumn<BankTransaction, String> counterparty = text("report.column.counterparty",
                BankTransaction::counterparty);
        counterparty.setPrefWidth(180);
        TableColumn<BankTransaction, Double> amount = new TableColumn<>(Messages.get("report.column.amount"));
        amount.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().amount()));
        amount.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        amount.setCellFactory(c -> cell(value -> value == null ? Figures.DASH : figures.amount(value), true));
        amount.setPrefWidth(130);
        amount.setMaxWidth(170);
        TableColumn<BankTransaction, String> alert = text("report.column.alert",
                t -> t.alert() ? Messages.get("report.bank.alert") : "");
        alert.setPrefWidth(80);
        alert.setMaxWidth(110);
        table.getColumns().setAll(List.of(date, label, counterparty, amount, alert));
    }

    private static TableColumn<BankTransaction, String> text(String key, Function<BankTransaction, String> value) {
        TableColumn<BankTransaction, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));
        return column;
    }

    private static <T> TableCell<BankTransaction, T> cell(Function<T, String> format, boolean right) {
        TableCell<BankTransaction, T> cell = new TableCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : format.apply(value));
            }
        };
        if (right) {
            cell.setAlignment(Pos.CENTER_RIGHT);
        }
        return cell;
    }
}
