package io.xraydesk.store;

import io.xraydesk.testing.PostgresServer;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared rows on the team's PostgreSQL (a real server, {@link PostgresServer}), each desktop with
 * a SQLite file of its own for its upload journal.
 */
class TeamSharedRowsTest extends SharedRowsContract {

    @TempDir
    Path dir;
    private TeamStore first;
    private TeamStore second;
    private TeamDatabaseAddress address;

    /** A database of the server, reached the way a workstation does: an address, and the password apart. */
    static TeamDatabaseAddress address(PostgresServer server, String database) {
        return TeamDatabaseAddress.parse(server.url(database) + "?user=" + PostgresServer.SUPERUSER);
    }

    @Override
    SharedRecords openDesk() {
        PostgresServer server = PostgresServer.shared();
        address = address(server, server.newDatabase());
        first = new TeamStore(LocalDatabase.open(dir.resolve("first.db")),
                TeamDatabase.open(address, server.password()));
        return first;
    }

    @Override
    SharedRecords openOtherDesk() {
        second = new TeamStore(LocalDatabase.open(dir.resolve("second.db")),
                TeamDatabase.open(address, PostgresServer.shared().password()));
        return second;
    }

    @Override
    void closeAll() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }
}
