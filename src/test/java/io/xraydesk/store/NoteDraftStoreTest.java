package io.xraydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoteDraftStoreTest {

    @TempDir
    Path dir;

    @Test
    void aDraftIsReplacedAsTypedReadBackAfterReopeningAndDiscarded() {
        Path file = dir.resolve("x.db");
        Instant t = Instant.parse("2026-03-02T09:00:00Z");
        NoteDraft newNote = new NoteDraft("r1", Optional.empty(), Optional.empty(), "Cash ti", t);
        NoteDraft edit = new NoteDraft("r1", Optional.of("n1"), Optional.of(3L), "edited", t);
        try (LocalDatabase db = LocalDatabase.open(file)) {
            db.noteDrafts().save(newNote);
            db.noteDrafts().save(new NoteDraft("r1", Optional.empty(), Optional.empty(), "Cash tight", t.plusMillis(500)));
            db.noteDrafts().save(edit);
        }
        try (LocalDatabase db = LocalDatabase.open(file)) {
            NoteDraft latest = db.noteDrafts().find("r1", Optional.empty()).orElseThrow();
            assertEquals("Cash tight", latest.text());
            assertEquals(List.of(edit, latest), db.noteDrafts().forRequest("r1"));
            db.noteDrafts().discard("r1", Optional.empty());
            assertEquals(List.of(edit), db.noteDrafts().forRequest("r1"));
            assertEquals(Optional.empty(), db.noteDrafts().find("r2", Optional.empty()));
        }
    }
}
