package io.xraydesk.core.analystnotes;

import io.xraydesk.store.LocalDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * An analyst typing a note, for {@link DraftCrashTest}: in its own JVM, it types {@link #text} one
 * character every 10 ms through a {@link DraftKeeper} with its default delay, and prints
 * {@code typed <count> <epoch millis>} after each character, until it is killed.
 */
public final class DraftTypist {

    static final String REQUEST = "typed-request";

    private DraftTypist() {
    }

    /** The first {@code length} characters the typist types: a text whose every prefix is distinct. */
    static String text(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + i % 26));
        }
        return text.toString();
    }

    public static void main(String[] args) throws InterruptedException {
        LocalDatabase database = LocalDatabase.open(Path.of(args[0]));
        DraftKeeper keeper = new DraftKeeper(database.noteDrafts(), REQUEST, Optional.empty(), Optional.empty(),
                Clock.systemUTC(), DraftKeeper.newWriterThread(), DraftKeeper.DEFAULT_DELAY);
        for (int count = 1; ; count++) {
            keeper.typed(text(count));
            System.out.println("typed " + count + " " + System.currentTimeMillis());
            System.out.flush();
            Thread.sleep(10);
        }
    }
}
