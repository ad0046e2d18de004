package io.xraydesk.core.team;

import io.xraydesk.store.CachedReport;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.RequestFollower;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.store.SharedRecords;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Brings a desktop's copy of one request (its SQLite file, the last known copy) and the team's row in
 * step (docs/team.md, "The application in a team"). The rule: of two copies of a request, the one
 * fetched from the API last wins, whoever fetched it; a report never changes once issued, so each side
 * gets the reports it lacks; who follows a request is the team's to say, except for a request the team
 * does not know yet, which the desktop brings with its followers (it was created or opened while the
 * team store was out of reach). Blocking (both databases).
 */
final class RowSync {

    private RowSync() {
    }

    /** Brings the request {@code id} in step on both sides; returns whether the desktop's copy changed. */
    static boolean request(SharedRecords local, SharedRecords team, String id) {
        Optional<CachedRequest> ours = local.requestCache().find(id);
        Optional<CachedRequest> theirs = team.requestCache().find(id);
        if (theirs.isEmpty()) {
            ours.ifPresent(row -> {
                copyRow(row, Optional.empty(), team);
                reports(local, team, id);
                local.followers().forRequest(id).forEach(f -> team.followers().save(withVersion(f, 0)));
            });
            return false;
        }
        boolean changed = false;
        if (ours.isEmpty() || newer(theirs.get(), ours.get())) {
            copyRow(theirs.get(), ours, local);
            changed = true;
        } else if (newer(ours.get(), theirs.get())) {
            copyRow(ours.get(), theirs, team);
        }
        changed |= reports(team, local, id);
        reports(local, team, id);
        changed |= followers(team.followers().forRequest(id), local.followers().forRequest(id), local);
        return changed;
    }

    /** Whether {@code a} should replace {@code b}: a later answer of the API, or the same one read differently. */
    private static boolean newer(CachedRequest a, CachedRequest b) {
        int byFetch = a.fetchedAt().compareTo(b.fetchedAt());
        return byFetch > 0 || (byFetch == 0 && !same(a, b) && a.version() >= b.version());
    }

    /**
     * The same content, whatever the versions of the two databases and how each first heard of the
     * request (a store keeps its own origin through later writes).
     */
    static boolean same(CachedRequest a, CachedRequest b) {
        return content(a).equals(content(b));
    }

    private static CachedRequest content(CachedRequest r) {
        return new CachedRequest(r.id(), r.codeType(), r.codeId(), r.businessName(), r.status(), r.stage(),
                r.createdAt(), r.updatedAt(), r.requestJson(), r.fetchedAt(), RequestOrigin.WEBHOOK,
                r.sourceSummaryJson(), r.missingSince(), 0);
    }

    private static void copyRow(CachedRequest row, Optional<CachedRequest> replaced, SharedRecords to) {
        to.requestCache().upsert(row.basedOn(replaced.map(CachedRequest::version).orElse(0L)));
    }

    /** Copies the reports of {@code id} that {@code to} lacks; returns whether there were any. */
    private static boolean reports(SharedRecords from, SharedRecords to, String id) {
        Set<String> known = to.reportCache().forRequest(id).stream().map(CachedReport::id).collect(Collectors.toSet());
        boolean any = false;
        for (CachedReport report : from.reportCache().forRequest(id)) {
            if (!known.contains(report.id())) {
                to.reportCache().upsert(new CachedReport(report.id(), report.requestId(), report.source(),
                        report.score(), report.createdAt(), report.json(), report.fetchedAt()));
                any = true;
            }
        }
        return any;
    }

    /**
     * Makes the desktop's links {@code ours} those of the team ({@code theirs}); returns whether any
     * changed. Both lists may span several requests (a whole refresh).
     */
    static boolean followers(List<RequestFollower> theirs, List<RequestFollower> ours, SharedRecords local) {
        Function<RequestFollower, String> key = f -> f.requestId() + "/" + f.analyst().userId();
        Map<String, RequestFollower> kept = new HashMap<>();
        ours.forEach(f -> kept.put(key.apply(f), f));
        boolean changed = false;
        for (RequestFollower their : theirs) {
            RequestFollower our = kept.remove(key.apply(their));
            if (our == null || !withVersion(our, 0).equals(withVersion(their, 0))) {
                if (local.requestCache().find(their.requestId()).isPresent()) {
                    local.followers().save(withVersion(their, our == null ? 0 : our.version()));
                    changed = true;
                }
            }
        }
        for (RequestFollower gone : kept.values()) {
            local.followers().remove(gone.requestId(), gone.analyst().userId(), gone.version());
            changed = true;
        }
        return changed;
    }

    static RequestFollower withVersion(RequestFollower f, long version) {
        return new RequestFollower(f.requestId(), f.analyst(), f.relation(), f.since(), version);
    }
}
