package io.xraydesk.core.requests;

import io.xraydesk.api.UnreadableItem;
import io.xraydesk.core.i18n.Messages;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the analyst is told of the reports the API sent that could not be read: how many, and for
 * each its place in the list (counted from 0, as the command line and the diagnostic trace count),
 * its id when it had one, the field and the start of its value. The other reports are shown as usual;
 * this says that the list is not complete and why.
 */
public final class UnreadableReports {

    private UnreadableReports() {
    }

    /** One sentence for the request page, or an empty text when every report could be read. */
    public static String notice(List<UnreadableItem> unreadable) {
        if (unreadable.isEmpty()) {
            return "";
        }
        String items = unreadable.stream().map(UnreadableReports::item).collect(Collectors.joining("; "));
        return unreadable.size() == 1 ? Messages.get("requestpage.reports.unreadable.one", items)
                : Messages.get("requestpage.reports.unreadable.many", unreadable.size(), items);
    }

    private static String item(UnreadableItem item) {
        String value = item.field().valueStart() == null ? Messages.get("requestpage.reports.unreadable.missing")
                : item.field().valueStart();
        // The index as text: a number would be grouped by the locale ("1 024").
        String index = Integer.toString(item.index());
        return item.id() == null
                ? Messages.get("requestpage.reports.unreadable.item", index, item.field().path(), value)
                : Messages.get("requestpage.reports.unreadable.item.id", index, item.id(), item.field().path(), value);
    }
}
