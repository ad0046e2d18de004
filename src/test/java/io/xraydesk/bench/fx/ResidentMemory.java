package io.xraydesk.bench.fx;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM measured from outside: started with the packaged app's Java options (the build passes them as
 * {@value #APP_JAVA_OPTIONS}) and this JVM's headless JavaFX settings, spoken to by lines on its
 * standard input and output, its resident memory read as the operating system counts it
 * ({@code VmRSS} of {@code /proc/<pid>/status}) after a full collection asked through
 * {@code jcmd <pid> GC.run}, the same way for the app and for its reference.
 */
final class ResidentMemory implements AutoCloseable {

    static final String APP_JAVA_OPTIONS = "xraydesk.appJavaOptions";
    private static final String JAVA_HOME = System.getProperty("java.home");
    /** The headless JavaFX of the tests (Monocle, software drawing): the reference draws as the app does. */
    private static final List<String> FX_PROPERTIES = List.of("prism.order", "prism.text", "glass.platform",
            "monocle.platform", "java.awt.headless");

    private final Process process;
    private final BufferedReader out;
    private final PrintWriter in;

    private ResidentMemory(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** Starts {@code mainClass} of the test class path with {@code args}, its errors to {@code errors}. */
    static ResidentMemory start(Class<?> mainClass, Path errors, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(JAVA_HOME, "bin", "java").toString()));
        command.addAll(appJavaOptions());
        for (String property : FX_PROPERTIES) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add("-D" + property + "=" + value);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        Files.createDirectories(errors.getParent());
        return new ResidentMemory(new ProcessBuilder(command).redirectError(errors.toFile()).start());
    }

    /** The options the packaged launcher gives the app's JVM, as the build hands them to the tests. */
    static List<String> appJavaOptions() {
        String options = System.getProperty(APP_JAVA_OPTIONS);
        if (options == null) {
            throw new IllegalStateException(APP_JAVA_OPTIONS + " is not set: run the benchmark through Maven");
        }
        return options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
    }

    /** Waits (10 minutes at most) for the line {@code expected}, skipping what comes before it. */
    String await(String expected) throws IOException {
        String line;
        while ((line = out.readLine()) != null && !line.startsWith(expected)) {
            // JavaFX and the app may say something first.
        }
        if (line == null) {
            throw new IllegalStateException("the process ended before saying " + expected);
        }
        return line;
    }

    void tell(String line) {
        in.println(line);
    }

    /** Megabytes resident after a full GC and a second for the heap to be given back. */
    double afterFullGc() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(JAVA_HOME, "bin", "jcmd").toString(), String.valueOf(process.pid()),
                "GC.run").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            jcmd.destroyForcibly();
            throw new IllegalStateException("jcmd " + process.pid() + " GC.run failed");
        }
        Thread.sleep(1000);
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for process " + process.pid());
    }

    /** Closing its standard input asks it to end; it is ended after 15 seconds. */
    @Override
    public void close() throws InterruptedException {
        in.close();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
