package io.xraydesk.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The shared rows on the workstation's SQLite file alone; the other desktop is a second process's opening. */
class SqliteSharedRowsTest extends SharedRowsContract {

    @TempDir
    Path dir;
    private LocalDatabase first;
    private LocalDatabase second;

    @Override
    SharedRecords openDesk() {
        first = LocalDatabase.open(dir.resolve("x.db"));
        return first;
    }

    @Override
    SharedRecords openOtherDesk() {
        second = LocalDatabase.open(dir.resolve("x.db"));
        return second;
    }

    @Override
    void closeAll() {
        second.close();
        first.close();
    }
}
