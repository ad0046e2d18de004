package io.xraydesk.ui.report;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.testing.AppJvm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A report view the analyst has left gives its memory back at the next full GC, in a JVM started as
 * the packaged app is. JavaFX's own scroll pane skin draws its content into a cached image that its
 * effect image pool keeps locked behind a soft reference, which the JVM keeps for a second per free
 * megabyte of the largest heap after its last use and which every effect drawn uses again: dropped
 * with the view, the image stayed (thirty views held 120 MB). The report frame draws its content
 * directly ({@code UncachedScrollPane}).
 */
class DiscardedReportViewsTest {

    private static final int VIEWS = 30;
    /** A dropped view's image alone is some 3 MB (1,100 × 700 pixels of 4 bytes); ten would pass. */
    private static final long TOLERATED_BYTES = 12L << 20;

    @Test
    void droppedReportViewsAreCollectedByAFullGc() throws Exception {
        Process jvm = AppJvm.command(DiscardedReportViews.class, List.of(String.valueOf(VIEWS)))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
            String kept = out.lines().filter(line -> line.startsWith(DiscardedReportViews.KEPT)).findFirst().orElse(null);
            assertNotNull(kept, "the views' JVM said nothing of what it kept");
            long bytes = Long.parseLong(kept.split(" ")[1]);
            assertTrue(bytes < TOLERATED_BYTES, VIEWS + " dropped report views still hold " + (bytes >> 20)
                    + " MB of heap after a full GC, with the app's JVM options " + AppJvm.options());
        } finally {
            if (!jvm.waitFor(30, TimeUnit.SECONDS)) {
                jvm.destroyForcibly();
            }
        }
    }
}
