package io.xraydesk.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A cached report without its JSON: what the X-Ray rules decide its X-Ray from, read from the columns the
 * cache keeps beside the JSON ({@link ReportFields}). The portfolio reads these for every report at once;
 * the request page and the exports read the whole {@link CachedReport}.
 */
public record CachedReportFields(String id, String requestId, String source, String score, Instant createdAt,
        ReportFields fields) {

    public CachedReportFields {
        Required.nonNull("id, requestId, fields", id, requestId, fields);
    }
}
