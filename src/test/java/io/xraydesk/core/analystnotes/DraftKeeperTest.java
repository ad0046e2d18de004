package io.xraydesk.core.analystnotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.NoteDraft;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The draft writer against the real SQLite file: behind the typing by at most its delay, complete on close. */
class DraftKeeperTest {

    @TempDir
    Path dir;
    private LocalDatabase database;
    private ScheduledExecutorService writer;

    @BeforeEach
    void open() {
        database = LocalDatabase.open(dir.resolve("x.db"));
        writer = DraftKeeper.newWriterThread();
    }

    @AfterEach
    void close() {
        writer.shutdownNow();
        database.close();
    }

    private Optional<String> onDisk() {
        return database.noteDrafts().find("r1", Optional.empty()).map(NoteDraft::text);
    }

    @Test
    void aBurstOfKeysIsWrittenOnceWithinTheDelayAndTheRestOnClose() throws Exception {
        DraftKeeper keeper = new DraftKeeper(database.noteDrafts(), "r1", Optional.empty(), Optional.empty(),
                Clock.systemUTC(), writer, Duration.ofMillis(200));
        long start = System.nanoTime();
        StringBuilder text = new StringBuilder();
        for (char c : "Cash is tight".toCharArray()) {
            keeper.typed(text.append(c).toString());
        }
        assertEquals(Optional.empty(), onDisk(), "nothing written while typing: typed() only schedules");

        while (onDisk().isEmpty()) {
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "the draft was never written");
            Thread.sleep(10);
        }
        assertEquals(Optional.of("Cash is tight"), onDisk());

        keeper.typed("Cash is tight in Q3");
        keeper.close();
        assertEquals(Optional.of("Cash is tight in Q3"), onDisk(), "close writes what is left at once");
    }

    @Test
    void theDraftOfAnEditNamesItsNoteAndVersion() throws Exception {
        DraftKeeper keeper = new DraftKeeper(database.noteDrafts(), "r1", Optional.of("n1"), Optional.of(4L),
                Clock.systemUTC(), writer, Duration.ofSeconds(30));
        keeper.typed("edited");
        keeper.close();

        NoteDraft draft = database.noteDrafts().find("r1", Optional.of("n1")).orElseThrow();
        assertEquals("edited", draft.text());
        assertEquals(Optional.of(4L), draft.baseVersion());
    }
}
