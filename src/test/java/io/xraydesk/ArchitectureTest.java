package io.xraydesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layering of docs/architecture.md true: imports only point downwards. Reads the sources, so a
 * forbidden dependency fails the build with the file and the import that broke the rule.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/io/xraydesk");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    /** package -> import prefixes it must never use. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "api", List.of("javafx.", "io.xraydesk.ui", "io.xraydesk.store", "io.xraydesk.sandbox",
                    "io.xraydesk.core", "io.xraydesk.cli", "org.controlsfx", "atlantafx"),
            "sandbox", List.of("javafx.", "io.xraydesk.ui", "io.xraydesk.store", "io.xraydesk.core",
                    "io.xraydesk.cli", "io.xraydesk.api.Octo", "org.controlsfx", "atlantafx"),
            "store", List.of("javafx.", "io.xraydesk.ui", "io.xraydesk.core", "io.xraydesk.sandbox",
                    "io.xraydesk.cli", "org.controlsfx", "atlantafx"),
            "core", List.of("javafx.scene", "javafx.stage", "javafx.application", "io.xraydesk.ui",
                    "io.xraydesk.cli", "org.controlsfx", "atlantafx"),
            "cli", List.of("javafx.", "io.xraydesk.ui", "org.controlsfx", "atlantafx"));

    @Test
    void importsOnlyPointDownwards() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, List<String>> rule : FORBIDDEN.entrySet()) {
            Path dir = SOURCES.resolve(rule.getKey());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = IMPORT.matcher(Files.readString(file));
                    while (m.find()) {
                        String imported = m.group(1);
                        for (String prefix : rule.getValue()) {
                            if (imported.startsWith(prefix)) {
                                violations.add(SOURCES.relativize(file) + " imports " + imported);
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), violations, "layering rules of docs/architecture.md broken");
    }
}
