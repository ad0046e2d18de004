package io.xraydesk.core.upload;

import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Period;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the analyst says about a document before it is sent: its category, the period it covers and
 * its reference date (both optional). Checked by {@link io.xraydesk.core.documents.DocumentDateRule}
 * when the file is queued.
 */
public record DocumentDescription(DocumentCategory category, Period period, LocalDate date) {

    public DocumentDescription {
        Objects.requireNonNull(category, "category");
    }

    /** The period as sent on the wire, or null. */
    public String periodWire() {
        return period == null ? null : period.wire();
    }

    /** The date as sent on the wire, ISO {@code yyyy-mm-dd}, or null. */
    public String isoDate() {
        return date == null ? null : date.toString();
    }
}
