package io.xraydesk.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One line of a Bank X-Ray's transactions. Read once from the report (tens of thousands of lines
 * for a busy account) and shared by the screen table and the exports.
 *
 * @param date    ISO date as sent, null when absent
 * @param amount  signed (credits positive), null when absent or not a number
 * @param pointer where the report holds the transaction, {@code /data/transactions/i}
 */
public record BankTransaction(String date, String label, String counterparty, Double amount, boolean alert,
        String pointer) {

    private static final String LIST = "transactions";
    private static final String PLACE = "/data/" + LIST + "/";
    /** More digits than a list position of a report can have. */
    private static final int MAX_POSITION_DIGITS = 9;

    /** The transactions of a Bank X-Ray's data; elements that are not objects are skipped. */
    public static List<BankTransaction> readAll(JsonNode data) {
        List<DataItem> items = DataItem.of(data, LIST);
        List<BankTransaction> list = new ArrayList<>(items.size());
        for (DataItem item : items) {
            list.add(read(item.node(), item.pointer()));
        }
        return list;
    }

    /**
     * The transaction of a Bank X-Ray's {@code data} that holds the value at {@code pointer} (such as
     * {@code /data/transactions/12/amount}), if there is one: read alone, not with the whole list.
     */
    static Optional<BankTransaction> holding(JsonNode data, String pointer) {
        if (data == null || !pointer.startsWith(PLACE)) {
            return Optional.empty();
        }
        String position = pointer.substring(PLACE.length()).split("/", 2)[0];
        if (position.isEmpty() || position.length() > MAX_POSITION_DIGITS
                || !position.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        JsonNode node = data.path(LIST).path(Integer.parseInt(position));
        return node.isObject() ? Optional.of(read(node, PLACE + position)) : Optional.empty();
    }

    /** Where the report holds its amount, which an analyst can quote; empty without an amount. */
    public Optional<String> quotedPointer() {
        return amount == null ? Optional.empty() : Optional.of(pointer + "/amount");
    }

    /**
     * Its amount as quoted, named by the day and the label the table shows beside it ("transaction of
     * Mar 31, 2024: RENT"); empty without an amount.
     */
    public Optional<ReportTable.Quoted> quoted(Figures figures) {
        return quotedPointer().map(amountPointer -> new ReportTable.Quoted(amountPointer, Messages.get(
                "notes.quote.name.transaction", figures.date(date),
                label == null || label.isBlank() ? Figures.DASH : label)));
    }

    private static BankTransaction read(JsonNode n, String pointer) {
        var amount = JsonFields.number(n, "amount");
        return new BankTransaction(JsonFields.text(n, "date").orElse(null), JsonFields.text(n, "label").orElse(null),
                JsonFields.text(n, "counterparty").orElse(null), amount.isPresent() ? amount.getAsDouble() : null,
                JsonFields.bool(n, "alert").orElse(false), pointer);
    }
}
