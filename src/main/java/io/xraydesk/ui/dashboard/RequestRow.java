package io.xraydesk.ui.dashboard;

import io.xraydesk.api.log.PrintableText;
import io.xraydesk.api.model.Source;
import io.xraydesk.core.codes.CompanyCodeTypes;
import io.xraydesk.core.requests.RequestOverview;
import io.xraydesk.core.watch.SourceSummary;
import io.xraydesk.core.watch.XRayState;
import io.xraydesk.store.CachedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * One line of the requests list, computed once from the cache row so that sorting, filtering and
 * searching 5,000 of them touch no database and parse no JSON.
 */
public record RequestRow(
        String id,
        String businessName,
        String codeType,
        String codeDisplay,
        String status,
        String stage,
        Instant createdAt,
        Instant updatedAt,
        Instant fetchedAt,
        Map<Source, XRayState> xrays,
        String searchKey) {

    public static RequestRow of(RequestOverview overview) {
        CachedRequest cached = overview.cached();
        SourceSummary summary = overview.summary();
        Map<Source, XRayState> xrays = new EnumMap<>(Source.class);
        for (Source source : Source.values()) {
            xrays.put(source, summary.stateOf(source));
        }
        String codeId = cached.codeId() == null ? "" : cached.codeId();
        String display = CompanyCodeTypes.byWire(cached.codeType()).map(type -> type.format(codeId)).orElse(codeId);
        String name = cached.businessName() == null ? "" : PrintableText.of(cached.businessName());
        return new RequestRow(cached.id(), name, cached.codeType(), display, cached.status(), cached.stage(),
                cached.createdAt(), cached.updatedAt(), cached.fetchedAt(), Map.copyOf(xrays),
                (name + " " + codeId + " " + cached.id()).toLowerCase(Locale.ROOT));
    }

    /** True when the row was fetched longer than {@code maxAge} ago. */
    public boolean isOlderThan(Duration maxAge, Instant now) {
        return fetchedAt.plus(maxAge).isBefore(now);
    }

    /** Name, company code (spaces ignored) or id contains {@code query}, case-insensitively. */
    public boolean matches(String normalisedQuery) {
        return normalisedQuery.isEmpty() || searchKey.contains(normalisedQuery)
                || searchKey.contains(normalisedQuery.replace(" ", ""));
    }

    public boolean hasAny(XRayState.Kind kind) {
        return xrays.values().stream().anyMatch(state -> state.kind() == kind);
    }

    public boolean allReady() {
        return xrays.values().stream().allMatch(state -> state.kind() == XRayState.Kind.READY);
    }
}
