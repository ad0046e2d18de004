package io.xraydesk.core.documents;

import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Period;
import java.time.LocalDate;

/**
 * What a file name suggests about a document; each part is null when the name does not say it
 * unambiguously. Only pre-fills: the analyst confirms.
 */
public record Guess(DocumentCategory category, Period period, LocalDate date) {

    public static final Guess NOTHING = new Guess(null, null, null);

    public boolean isEmpty() {
        return category == null && period == null && date == null;
    }
}
