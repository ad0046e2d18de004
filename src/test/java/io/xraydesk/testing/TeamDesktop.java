package io.xraydesk.testing;

import io.xraydesk.core.requests.SandboxSessions;
import io.xraydesk.core.session.Session;
import io.xraydesk.core.team.TeamAccess;
import io.xraydesk.store.AppPaths;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.Settings;
import io.xraydesk.ui.TestContexts;
import io.xraydesk.ui.context.SessionWork;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One analyst's desktop in a team, without a window: a data folder of its own, the real session work of
 * the application (watcher, team session, mirror) signed in to the team's sandbox.
 */
public final class TeamDesktop implements AutoCloseable {

    public final LocalDatabase database;
    public final Session session;
    public final SessionWork work;

    public TeamDesktop(TeamFixture team, Path folder) {
        this(team, folder, team.access());
    }

    public TeamDesktop(TeamFixture team, Path folder, TeamAccess access) {
        this.database = LocalDatabase.open(AppPaths.at(folder).database());
        this.session = SandboxSessions.open(team.sandbox, team.sandbox.apiBaseUri(), Optional.empty());
        this.work = new SessionWork(session, database, Settings.DEFAULTS, TestContexts.IGNORED, Optional.of(access));
    }

    /** Starts the work as the application does once signed in: the watcher, the uploads, the team. */
    public TeamDesktop start() {
        work.start(Settings.DEFAULTS);
        return this;
    }

    @Override
    public void close() {
        try {
            work.close();
        } finally {
            database.close();
        }
    }
}
