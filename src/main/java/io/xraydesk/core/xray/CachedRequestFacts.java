package io.xraydesk.core.xray;

import io.xraydesk.core.watch.RequestRecords;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.LocalDatabase;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The summary of a request from what this installation keeps (request and report caches, upload
 * journal): instant, and readable offline or after the server forgot the request. Blocking (the
 * database); off the UI thread. Medium statuses are not in the cache: documents read as sent.
 */
public final class CachedRequestFacts {

    private CachedRequestFacts() {
    }

    /** Empty when the request is not in the cache. */
    public static Optional<RequestSummary> summary(LocalDatabase database, String requestId, LocalDate today) {
        Optional<CachedRequest> cached = database.requestCache().find(requestId);
        if (cached.isEmpty()) {
            return Optional.empty();
        }
        RequestFacts facts = new RequestFacts(RequestRecords.request(cached.get()).orElse(null),
                database.reportCache().forRequest(requestId).stream().map(RequestRecords::report)
                        .flatMap(Optional::stream).toList(),
                database.uploadJournal().forRequest(requestId).stream().map(item -> SentDocument.of(item, null))
                        .toList());
        return Optional.of(RequestSummaries.of(requestId, facts, cached.get().missingSince(), today));
    }
}
