package io.xraydesk.bench.fx;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The resident memory of a JVM, read as the operating system counts it ({@code VmRSS} of
 * {@code /proc/<pid>/status}) after a full collection asked through {@code jcmd <pid> GC.run}, the
 * same way for the app and for its reference; and the reference itself, a {@link BareWindow} started in
 * a JVM of its own with this JVM's Java and JavaFX settings.
 */
final class ResidentMemory {

    private static final String JAVA_HOME = System.getProperty("java.home");
    /** The headless JavaFX of the tests (Monocle, software drawing): the reference draws as the app does. */
    private static final List<String> FX_PROPERTIES = List.of("prism.order", "prism.text", "glass.platform",
            "monocle.platform", "java.awt.headless");

    private ResidentMemory() {
    }

    /** Megabytes resident in {@code pid} after a full GC and a second for the heap to be given back. */
    static double afterFullGc(long pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(JAVA_HOME, "bin", "jcmd").toString(), String.valueOf(pid), "GC.run")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            jcmd.destroyForcibly();
            throw new IllegalStateException("jcmd " + pid + " GC.run failed");
        }
        Thread.sleep(1000);
        return residentMb(pid);
    }

    static double residentMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for process " + pid);
    }

    /** The bare window's resident megabytes once it idles, after a full GC. */
    static double bareWindow() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(JAVA_HOME, "bin", "java").toString()));
        for (String property : FX_PROPERTIES) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add("-D" + property + "=" + value);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BareWindow.class.getName()));
        Process window = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(window.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.equals(BareWindow.READY)) {
                // JavaFX may say something first.
            }
            if (line == null) {
                throw new IllegalStateException("the bare window did not start");
            }
            Thread.sleep(3000); // idle, as the app is when measured
            return afterFullGc(window.pid());
        } finally {
            window.getOutputStream().close();
            if (!window.waitFor(15, TimeUnit.SECONDS)) {
                window.destroyForcibly();
            }
        }
    }
}
