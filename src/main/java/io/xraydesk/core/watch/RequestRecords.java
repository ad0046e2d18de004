package io.xraydesk.core.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.requests.KnownIdentity;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.store.CachedReport;
import io.xraydesk.store.CachedReportFields;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.ReportFields;
import io.xraydesk.store.RequestOrigin;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Converts between the API's records and the cache's rows (the store stays free of API types). The one
 * place a fetched or freshly created request becomes a cache row, for the watcher, the request form and
 * the command line alike.
 */
public final class RequestRecords {

    private RequestRecords() {
    }

    /** The cache row of {@code request} as fetched at {@code fetchedAt}. */
    public static CachedRequest toCached(AnalysisRequest request, RequestOrigin origin, StageTrail stages,
            Instant fetchedAt) {
        return new CachedRequest(request.id(),
                request.code() == null ? null : request.code().type(),
                request.code() == null ? null : request.code().id(),
                request.businessName(), request.status(), request.stage(),
                instant(request.createdAt()), instant(request.updatedAt()), json(request), fetchedAt, origin,
                stages.toJson());
    }

    /** The cache row of {@code report}, its JSON kept as the server sent it. */
    public static CachedReport toCached(Report report, Instant fetchedAt) {
        return new CachedReport(report.id(), report.request(), report.source(), report.score(),
                instant(report.createdAt()), json(report.json()), fetchedAt);
    }

    /**
     * The cached request, its company completed from the record's own columns (see {@link KnownIdentity});
     * empty when the stored text is unreadable (the next poll rewrites it).
     */
    public static Optional<AnalysisRequest> request(CachedRequest cached) {
        return read(cached.requestJson(), AnalysisRequest.class).map(answer -> KnownIdentity.completed(answer, cached));
    }

    /** The cached report, with the JSON the server sent as its own (see {@link Report#json()}). */
    public static Optional<Report> report(CachedReport cached) {
        try {
            return Optional.of(Report.read(WireJson.mapper().readTree(cached.json())));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /**
     * A report known by its cached fields alone (no JSON read): its {@code data} holds only the values the
     * X-Ray rules read ({@link ReportFields}), enough to decide its X-Ray as its whole JSON would, not to show it.
     */
    public static Report report(CachedReportFields cached) {
        return new Report(cached.id(), cached.requestId(), cached.source(),
                cached.createdAt() == null ? null : cached.createdAt().atOffset(ZoneOffset.UTC), cached.score(),
                cached.fields().toData());
    }

    /** Whether {@code fresh} differs from {@code cached} in what the analyst sees. */
    static boolean differs(CachedRequest cached, AnalysisRequest fresh) {
        return !Objects.equals(cached.status(), fresh.status()) || !Objects.equals(cached.stage(), fresh.stage())
                || !Objects.equals(cached.businessName(), fresh.businessName())
                || !Objects.equals(cached.updatedAt(), millis(instant(fresh.updatedAt())));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static String json(Object value) {
        try {
            return WireJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a wire record always serialises", e);
        }
    }

    private static <T> Optional<T> read(String json, Class<T> type) {
        try {
            return Optional.of(WireJson.mapper().readValue(json, type));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** The cache keeps instants to the millisecond; compare at that precision. */
    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
