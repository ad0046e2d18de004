package io.xraydesk.store;

import java.util.Objects;

/**
 * A cached request with what the X-Ray rules read of its JSON, from the columns the cache keeps beside it
 * ({@link RequestFieldsStep}): its creation time is {@link CachedRequest#createdAt()}, and
 * {@code notesGiven} says whether it carries notes, null when its stored JSON cannot be read. The portfolio
 * reads these for every request at once; the request page parses the whole request.
 */
public record CachedRequestFields(CachedRequest request, Boolean notesGiven) {

    public CachedRequestFields {
        Objects.requireNonNull(request, "request");
    }
}
