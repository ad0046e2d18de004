package io.xraydesk.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A main class of this build started in a JVM of its own, as the tests that kill a process need. */
public final class SeparateJvm {

    private SeparateJvm() {
    }

    /**
     * {@code java <mainClass> <arguments>} with the tests' class path and quick start-up flags, ready to
     * start; the caller chooses its environment and where its output goes.
     */
    public static ProcessBuilder command(String mainClass, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
                "-XX:TieredStopAtLevel=1", "-Duser.language=en", "-cp", System.getProperty("java.class.path"),
                mainClass));
        command.addAll(arguments);
        return new ProcessBuilder(command);
    }
}
