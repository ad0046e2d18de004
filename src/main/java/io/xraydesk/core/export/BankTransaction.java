package io.xraydesk.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a Bank X-Ray's transactions. Read once from the report (tens of thousands of lines
 * for a busy account) and shared by the screen table and the exports.
 *
 * @param date   ISO date as sent, null when absent
 * @param amount signed (credits positive), null when absent or not a number
 */
public record BankTransaction(String date, String label, String counterparty, Double amount, boolean alert) {

    /** The transactions of a Bank X-Ray's data; elements that are not objects are skipped. */
    public static List<BankTransaction> readAll(JsonNode data) {
        List<JsonNode> nodes = JsonFields.objects(data, "transactions");
        List<BankTransaction> list = new ArrayList<>(nodes.size());
        for (JsonNode n : nodes) {
            var amount = JsonFields.number(n, "amount");
            list.add(new BankTransaction(JsonFields.text(n, "date").orElse(null),
                    JsonFields.text(n, "label").orElse(null), JsonFields.text(n, "counterparty").orElse(null),
                    amount.isPresent() ? amount.getAsDouble() : null, JsonFields.bool(n, "alert").orElse(false)));
        }
        return list;
    }
}
