package io.xraydesk.core.analystnotes;

import io.xraydesk.store.LocalDatabase;
import io.xraydesk.testing.KilledTypist;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * An analyst typing a note, for {@link DraftCrashTest}: in its own JVM, it types {@link KilledTypist#text}
 * one character every 10 ms through a {@link DraftKeeper} with its default delay, and says so after
 * each character ({@link KilledTypist#typed}), until it is killed.
 */
public final class DraftTypist {

    static final String REQUEST = "typed-request";

    private DraftTypist() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalDatabase database = LocalDatabase.open(Path.of(args[0]));
        DraftKeeper keeper = new DraftKeeper(database.noteDrafts(), REQUEST, Optional.empty(), Optional.empty(),
                Clock.systemUTC(), DraftKeeper.newWriterThread(), DraftKeeper.DEFAULT_DELAY);
        for (int count = 1; ; count++) {
            keeper.typed(KilledTypist.text(count));
            KilledTypist.typed(count);
            Thread.sleep(10);
        }
    }
}
