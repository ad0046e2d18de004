package io.xraydesk.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The shared-records contract on the workstation's SQLite file, opened twice as two processes would. */
class SqliteSharedRecordsTest extends SharedRecordsContract {

    @TempDir
    Path dir;
    private LocalDatabase first;
    private LocalDatabase second;

    @BeforeEach
    void open() {
        Path file = dir.resolve("xraydesk.db");
        first = LocalDatabase.open(file);
        second = LocalDatabase.open(file);
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
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
