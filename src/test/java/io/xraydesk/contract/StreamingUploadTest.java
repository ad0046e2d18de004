package io.xraydesk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proof that uploads stream: a 150 MB file goes through {@code S3Uploader} in a JVM limited to a
 * 48 MB heap, and arrives intact (same SHA-256 at the sandbox).
 */
class StreamingUploadTest {

    private static final long SIZE = 150L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void aFileThreeTimesTheHeapUploadsIntact() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx48m", "-XX:+ExitOnOutOfMemoryError", "-cp",
                System.getProperty("java.class.path"), StreamingUploadChild.class.getName(), dir.toString(),
                String.valueOf(SIZE)).redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child finished");
        List<String> lines = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();

        assertEquals(0, child.exitValue(), "child output: " + lines);
        assertEquals(2, lines.size(), lines.toString());
        String local = lines.get(0).substring("local ".length());
        assertEquals(64, local.length(), lines.toString());
        assertEquals("stored " + local, lines.get(1));
    }
}
