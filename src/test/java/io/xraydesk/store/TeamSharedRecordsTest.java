package io.xraydesk.store;

import io.xraydesk.testing.PostgresServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notes, decisions and audit contract on the team's PostgreSQL (a real server, {@link
 * PostgresServer}): two desktops, each with its own SQLite file, on one team database.
 */
class TeamSharedRecordsTest extends SharedRecordsContract {

    @TempDir
    Path dir;
    private TeamStore first;
    private TeamStore second;

    @BeforeEach
    void open() {
        PostgresServer server = PostgresServer.shared();
        TeamDatabaseAddress address = TeamSharedRowsTest.address(server, server.newDatabase());
        first = new TeamStore(LocalDatabase.open(dir.resolve("first.db")), TeamDatabase.open(address, server.password()));
        second = new TeamStore(LocalDatabase.open(dir.resolve("second.db")),
                TeamDatabase.open(address, server.password()));
    }

    @AfterEach
    void close() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Override
    SharedRecords first() {
        return first;
    }

    @Override
    SharedRecords second() {
        return second;
    }
}
