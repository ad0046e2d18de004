package io.xraydesk.core.analystnotes;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.EditConflictException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** What an analyst reads when a note or decision they edited was saved by someone else meanwhile. */
public final class ConflictMessage {

    private ConflictMessage() {
    }

    public static String of(EditConflictException conflict, ZoneId zone) {
        String when = conflict.changedAt() == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Messages.locale()).withZone(zone).format(conflict.changedAt());
        String who = conflict.changedBy() == null ? "" : conflict.changedBy().displayName();
        return Messages.get(conflict.subject() == EditConflictException.Subject.NOTE ? "notes.conflict"
                : "decision.conflict", conflict.id(), conflict.expectedVersion(), conflict.currentVersion(), who, when);
    }
}
