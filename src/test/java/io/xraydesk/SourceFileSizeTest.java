package io.xraydesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps classes small enough to read in one sitting (docs/architecture.md, Code size): no Java file of the
 * application or of its tests grows past {@value #MOST_LINES} lines; a larger one is split along its jobs.
 */
class SourceFileSizeTest {

    private static final int MOST_LINES = 400;

    @Test
    void noJavaFileIsLongerThanTheLimit() throws IOException {
        assertEquals(List.of(), longerThan(MOST_LINES, Path.of("src/main/java"), Path.of("src/test/java")),
                "files over " + MOST_LINES + " lines");
    }

    @Test
    void aLongFileIsFound() throws IOException {
        Path folder = Files.createTempDirectory("long-source");
        Path planted = Files.writeString(folder.resolve("Long.java"), "//\n".repeat(MOST_LINES + 1));
        Files.writeString(folder.resolve("Short.java"), "//\n".repeat(MOST_LINES));
        try {
            assertEquals(List.of(planted + ": " + (MOST_LINES + 1)), longerThan(MOST_LINES, folder));
        } finally {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    private static List<String> longerThan(int most, Path... roots) throws IOException {
        List<String> found = new java.util.ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                    long lines;
                    try (Stream<String> text = Files.lines(file)) {
                        lines = text.count();
                    }
                    if (lines > most) {
                        found.add(file + ": " + lines);
                    }
                }
            }
        }
        return found;
    }
}
