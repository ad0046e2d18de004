package io.xraydesk.bench.fx;

import io.xraydesk.testing.AppJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM measured from outside: started as the packaged launcher starts the app ({@link AppJvm}: the
 * app's JVM options, the tests' headless JavaFX), spoken to by lines on its
 * standard input and output, its resident memory read as the operating system counts it
 * ({@code VmRSS} of {@code /proc/<pid>/status}) after full collections asked through
 * {@code jcmd <pid> GC.run}, the same way for the app and for its reference.
 */
final class ResidentMemory implements AutoCloseable {

    private static final String JAVA_HOME = System.getProperty("java.home");

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
        Files.createDirectories(errors.getParent());
        return new ResidentMemory(AppJvm.command(mainClass, List.of(args)).redirectError(errors.toFile()).start());
    }

    /** Waits for the line that starts with {@code expected}, skipping what comes before it. */
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

    /**
     * Megabytes resident after two full GCs and a second for the heap to be given back: a soft
     * reference read since the previous collection outlives the first one, even when the app's options
     * let the JVM drop unused soft references at once (JavaFX keeps the images its views drew that way).
     */
    double afterFullGcs() throws IOException, InterruptedException {
        for (int collection = 0; collection < 2; collection++) {
            Process jcmd = new ProcessBuilder(Path.of(JAVA_HOME, "bin", "jcmd").toString(),
                    String.valueOf(process.pid()), "GC.run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
                jcmd.destroyForcibly();
                throw new IllegalStateException("jcmd " + process.pid() + " GC.run failed");
            }
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
