package io.xraydesk.store;

import java.util.Objects;

/**
 * The store of a workstation in a team: the shared rows on the team's PostgreSQL ({@link TeamDatabase}),
 * the upload journal on the workstation's SQLite file, since it names files of this computer that no
 * other desktop can send. The other implementation of {@link SharedRecords} is {@link LocalDatabase}
 * alone, for an analyst without a team.
 */
public final class TeamStore implements TeamWorkstationStore {

    private final LocalDatabase local;
    private final TeamDatabase team;

    /** Takes over both: closing this store closes them. */
    public TeamStore(LocalDatabase local, TeamDatabase team) {
        this.local = Objects.requireNonNull(local, "local");
        this.team = Objects.requireNonNull(team, "team");
    }

    @Override
    public RequestCache requestCache() {
        return team.requestCache();
    }

    @Override
    public ReportCache reportCache() {
        return team.reportCache();
    }

    @Override
    public RequestFollowers followers() {
        return team.followers();
    }

    @Override
    public NoteStore notes() {
        return team.notes();
    }

    @Override
    public DecisionStore decisions() {
        return team.decisions();
    }

    @Override
    public AuditLog audit() {
        return team.audit();
    }

    @Override
    public LocalDatabase workstation() {
        return local;
    }

    public TeamDatabase team() {
        return team;
    }

    @Override
    public void close() {
        try {
            team.close();
        } finally {
            local.close();
        }
    }
}
