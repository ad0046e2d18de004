package io.xraydesk.core.team;

import io.xraydesk.store.Analyst;
import io.xraydesk.store.AuditLog;
import io.xraydesk.store.CachedReport;
import io.xraydesk.store.CachedReportFields;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.CachedRequestFields;
import io.xraydesk.store.DecisionStore;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.NoteStore;
import io.xraydesk.store.ReportCache;
import io.xraydesk.store.RequestCache;
import io.xraydesk.store.RequestFollower;
import io.xraydesk.store.RequestFollowers;
import io.xraydesk.store.SharedRecords;
import io.xraydesk.store.StaleWriteException;
import io.xraydesk.store.TeamWorkstationStore;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A desktop's store in a team (docs/team.md, "The application in a team"): the screens and the watcher
 * read the desktop's SQLite copy, which the {@link TeamMirror} keeps in step, so they never wait on the
 * network and keep working while the team database is lost; each write goes to the copy and then to
 * the team ({@link TeamLink}). A request first stored here names its analyst in the team: created
 * here, they created it; opened by id, they follow it. Notes, decisions and the audit trail
 * are the team's while it answers (their versions are the team's to check). The upload journal and the
 * drafts never leave the workstation.
 */
public final class MirroredStore implements TeamWorkstationStore {

    private final LocalDatabase local;
    private final TeamLink link;
    private final Analyst analyst;

    MirroredStore(LocalDatabase local, TeamLink link, Analyst analyst) {
        this.local = Objects.requireNonNull(local, "local");
        this.link = Objects.requireNonNull(link, "link");
        this.analyst = Objects.requireNonNull(analyst, "analyst");
    }

    @Override
    public RequestCache requestCache() {
        return new Requests();
    }

    @Override
    public ReportCache reportCache() {
        return new Reports();
    }

    @Override
    public RequestFollowers followers() {
        return local.followers();
    }

    @Override
    public NoteStore notes() {
        return whileReachable(SharedRecords::notes);
    }

    @Override
    public DecisionStore decisions() {
        return whileReachable(SharedRecords::decisions);
    }

    @Override
    public AuditLog audit() {
        return whileReachable(SharedRecords::audit);
    }

    /** The team's part while it answers, the workstation's own meanwhile (docs/team.md). */
    private <T> T whileReachable(Function<SharedRecords, T> part) {
        return part.apply(link.reachable().orElse(local));
    }

    /** The local database stays open: it is the application's, not this store's. */
    @Override
    public void close() {
    }

    /** Holds what never leaves the workstation: its files' journals, the drafts, the look marks. */
    @Override
    public LocalDatabase workstation() {
        return local;
    }

    /**
     * Links the analyst to a request this desktop knows, here and in the team, unless they already are
     * (a creator stays the creator). Blocking (both databases).
     */
    public void follow(String requestId, RequestFollower.Relation relation) {
        RequestFollower follower = new RequestFollower(requestId, analyst, relation, Instant.now(), 0);
        saveIfAbsent(local, follower);
        link.write(team -> saveIfAbsent(team, follower));
    }

    private static void saveIfAbsent(SharedRecords records, RequestFollower follower) {
        boolean linked = records.followers().forRequest(follower.requestId()).stream()
                .anyMatch(f -> f.analyst().userId().equals(follower.analyst().userId()));
        if (!linked) {
            try {
                records.followers().save(follower);
            } catch (StaleWriteException linkedMeanwhile) {
                // The same analyst on another desktop linked them first: the link is there, as wanted.
            }
        }
    }

    private void linkAnalyst(CachedRequest stored) {
        switch (stored.origin()) {
            case CREATED_HERE -> follow(stored.id(), RequestFollower.Relation.CREATED);
            case OPENED_BY_ID -> follow(stored.id(), RequestFollower.Relation.FOLLOWS);
            case WEBHOOK -> {
                // Heard of by this desktop's webhook receiver: nobody asked for it, nobody follows it yet.
            }
        }
    }

    /** Requests: read here, written here then to the team, at the team's version (the newest fetch wins). */
    private final class Requests implements RequestCache {

        @Override
        public List<CachedRequest> upsertAll(Collection<CachedRequest> requests) {
            List<CachedRequest> stored = local.requestCache().upsertAll(requests);
            link.write(team -> {
                for (CachedRequest row : stored) {
                    Optional<CachedRequest> theirs = team.requestCache().find(row.id());
                    if (theirs.isEmpty() || !theirs.get().fetchedAt().isAfter(row.fetchedAt())) {
                        team.requestCache().upsert(row.basedOn(theirs.map(CachedRequest::version).orElse(0L)));
                    }
                }
            });
            requests.stream().filter(r -> r.version() == 0)
                    .forEach(r -> stored.stream().filter(s -> s.id().equals(r.id())).findFirst()
                            .ifPresent(MirroredStore.this::linkAnalyst));
            return stored;
        }

        @Override
        public List<CachedRequest> all() {
            return local.requestCache().all();
        }

        @Override
        public List<CachedRequestFields> allFields() {
            return local.requestCache().allFields();
        }

        @Override
        public List<CachedRequestFields> newestFields(int limit) {
            return local.requestCache().newestFields(limit);
        }

        @Override
        public int count() {
            return local.requestCache().count();
        }

        @Override
        public Optional<CachedRequest> find(String id) {
            return local.requestCache().find(id);
        }

        @Override
        public List<CachedRequest> findByCode(String codeType, String codeId) {
            return local.requestCache().findByCode(codeType, codeId);
        }

        @Override
        public boolean markMissing(String id, Instant since) {
            boolean known = local.requestCache().markMissing(id, since);
            link.write(team -> team.requestCache().markMissing(id, since));
            return known;
        }

        @Override
        public boolean remove(String id) {
            // Forgetting is this desktop's: the team keeps the request for the others.
            return local.requestCache().remove(id);
        }
    }

    /** Reports: never change once issued, so each is written to the team once if it lacks it. */
    private final class Reports implements ReportCache {

        @Override
        public CachedReport upsert(CachedReport report) {
            CachedReport stored = local.reportCache().upsert(report);
            link.write(team -> {
                if (team.reportCache().find(stored.id()).isEmpty()) {
                    team.reportCache().upsert(new CachedReport(stored.id(), stored.requestId(), stored.source(),
                            stored.score(), stored.createdAt(), stored.json(), stored.fetchedAt()));
                }
            });
            return stored;
        }

        @Override
        public List<CachedReport> forRequest(String requestId) {
            return local.reportCache().forRequest(requestId);
        }

        @Override
        public Optional<CachedReport> find(String id) {
            return local.reportCache().find(id);
        }

        @Override
        public List<CachedReportFields> allFields() {
            return local.reportCache().allFields();
        }

        @Override
        public List<CachedReportFields> fieldsOf(String requestId) {
            return local.reportCache().fieldsOf(requestId);
        }
    }
}
