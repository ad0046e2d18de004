package io.xraydesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-server matrix: every endpoint of the client and the S3 upload against a server that
 * sends an answer of 2 GB, an endless chunked stream, one byte at a time, nothing at all, escape
 * sequences and forged lines, or a 15 MB message. Each call must end with a clear, typed failure, a
 * message of one readable line, within its deadline, and the client must stay small: it runs in a
 * JVM of its own ({@link HostileClientRun}, heap capped) whose peak memory is printed. Prints
 * {@code hostile-server: <passed>/<total>} and {@code bench: hostile-peak-rss <MB> MB}.
 */
class HostileServerMatrixTest {

    private static final String CLIENT_HEAP = "-Xmx96m";

    @Test
    void everyEndpointSurvivesEveryMisbehaviour(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("statement.pdf"), "%PDF-1.4 hostile matrix".getBytes(StandardCharsets.US_ASCII));
        List<String> cells = new ArrayList<>();
        long peakKb = -1;
        try (HostileServer server = new HostileServer()) {
            String root = server.base(HostileServer.Behaviour.OVERSIZED).resolve("/").toString();
            Process client = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    CLIENT_HEAP, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    HostileClientRun.class.getName(), root.substring(0, root.length() - 1), file.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("cell ")) {
                        cells.add(line);
                    } else if (line.startsWith("peak-rss-kb ")) {
                        peakKb = Long.parseLong(line.substring("peak-rss-kb ".length()));
                    }
                }
            } finally {
                assertTrue(client.waitFor(60, TimeUnit.SECONDS), "the client run ends");
                client.destroyForcibly();
            }
            assertEquals(0, client.exitValue(), "the client JVM ends normally: " + cells);
        }
        List<String> failed = cells.stream().filter(line -> !line.contains(" PASS ")).toList();
        failed.forEach(System.out::println);
        System.out.println("hostile-server: " + (cells.size() - failed.size()) + "/" + cells.size() + " cells passed");
        System.out.println("bench: hostile-peak-rss " + Math.round(peakKb / 1024.0) + " MB");
        int expected = HostileServer.Behaviour.values().length * 11;
        assertEquals(expected, cells.size(), "every cell ran");
        assertEquals(List.of(), failed);
        assertTrue(peakKb > 0, "the client's peak memory was read");
    }
}
