package io.xraydesk.core.requests;

import io.xraydesk.store.UploadItem;
import java.util.Objects;

/**
 * A document this installation uploaded to a request, with the medium's status as the API reports
 * it; {@code mediumStatus} is null when unknown (not yet created, or unreadable just now).
 */
public record DocumentLine(UploadItem item, String mediumStatus) {

    public DocumentLine {
        Objects.requireNonNull(item, "item");
    }
}
