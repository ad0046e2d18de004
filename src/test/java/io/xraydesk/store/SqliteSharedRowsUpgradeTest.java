package io.xraydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workstation's file from before versioned rows (schema 1) keeps its cache, every row at version 1. */
class SqliteSharedRowsUpgradeTest {

    @TempDir
    Path dir;

    @Test
    void rowsCachedAtSchemaOneAreReadAtVersionOneAndTakeVersionedWrites() throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            Schema.migrate(c, 1);
            s.execute("INSERT INTO request_cache (id, code_type, code_id, request_json, fetched_at, origin) "
                    + "VALUES ('r1', 'siren', '552100554', '{}', 1772359200000, 'CREATED_HERE')");
            s.execute("INSERT INTO report_cache (id, request_id, source, json, fetched_at) "
                    + "VALUES ('p1', 'r1', 'banks', '{}', 1772359200000)");
        }

        try (LocalDatabase database = LocalDatabase.open(file)) {
            CachedRequest request = database.requestCache().find("r1").orElseThrow();
            assertEquals(1, request.version());
            assertEquals(1, database.reportCache().find("p1").orElseThrow().version());
            assertEquals(2, database.requestCache().upsert(request).version());
            RequestFollower creator = database.followers().save(new RequestFollower("r1",
                    SharedRowsContract.ALICE, RequestFollower.Relation.CREATED, Instant.ofEpochMilli(1772359200000L), 0));
            assertEquals(List.of(creator), database.followers().forRequest("r1"));
        }
    }
}
