package io.xraydesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An analyst typing a note in a JVM of its own, killed with SIGKILL while typing: the promise of the
 * drafts (docs/workflow.md, Drafts) is that the draft on disk then lacks at most the last second of
 * typing. The typist types {@link #text} one character at a time and prints
 * {@code typed <count> <epoch millis>} once each character is typed.
 */
public final class KilledTypist {

    private KilledTypist() {
    }

    /** The first {@code length} characters a typist types: a text whose every prefix is distinct. */
    public static String text(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + i % 26));
        }
        return text.toString();
    }

    /** Tells the test that the {@code count}th character is typed; call after each one. */
    public static void typed(int count) {
        System.out.println("typed " + count + " " + System.currentTimeMillis());
        System.out.flush();
    }

    /**
     * Starts the typist, lets it type for {@code typing} from its first character (its start-up
     * aside), then kills it with SIGKILL. Killing after a time rather than a count of characters
     * keeps the test sharp on a loaded machine: a draft written less often than the promise allows
     * is then missing whatever the typing pace.
     */
    public static Typing killAfter(ProcessBuilder typist, Duration typing) throws IOException, InterruptedException {
        Process process = typist.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<Integer, Long> typedAt = new HashMap<>();
        long killedAt;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (!typedFor(typedAt, typing) && (line = out.readLine()) != null) {
                record(line, typedAt);
            }
            assertTrue(typedFor(typedAt, typing), "the typist stopped early");
            killedAt = System.currentTimeMillis();
            // Through its handle: Process.destroyForcibly would also close the pipe still to be read.
            process.toHandle().destroyForcibly();
            assertTrue(process.waitFor(10, TimeUnit.SECONDS));
            while ((line = out.readLine()) != null) {
                record(line, typedAt);
            }
        }
        assertEquals(137, process.exitValue(), "killed by SIGKILL");
        return new Typing(typedAt, killedAt);
    }

    private static boolean typedFor(Map<Integer, Long> typedAt, Duration typing) {
        Long first = typedAt.get(1);
        return first != null && System.currentTimeMillis() - first >= typing.toMillis();
    }

    private static void record(String line, Map<Integer, Long> typedAt) {
        String[] parts = line.split(" ");
        if (parts.length == 3 && parts[0].equals("typed")) {
            typedAt.put(Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
        }
    }

    /** When each character was typed (by its count) and when the typist was killed, in epoch millis. */
    public record Typing(Map<Integer, Long> typedAt, long killedAt) {

        /**
         * Checks the draft left on disk: exactly what was typed up to a point, lacking at most what was
         * typed in the last second before the kill. Returns how many milliseconds of typing were lost.
         */
        public long checkDraft(String kept) {
            assertTrue(kept.length() > 0, "no draft at all after seconds of typing");
            assertEquals(text(kept.length()), kept, "the draft is exactly what was typed up to a point");
            Long firstLost = typedAt.get(kept.length() + 1);
            long lostMillis = firstLost == null ? 0 : killedAt - firstLost;
            System.out.println("draft crash: the typing of the last " + lostMillis + " ms was lost ("
                    + (typedAt.size() - kept.length()) + " of " + typedAt.size() + " characters)");
            assertTrue(lostMillis <= 1000, "lost the typing of the last " + lostMillis + " ms");
            return lostMillis;
        }
    }
}
