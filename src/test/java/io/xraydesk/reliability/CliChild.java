package io.xraydesk.reliability;

import io.xraydesk.testing.SeparateJvmCli;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A command-line JVM against the sandbox, its output (stdout and stderr together) read as it comes. */
final class CliChild {

    final Process process;
    private final StringBuffer output = new StringBuffer();
    private volatile int queuedLines;

    private CliChild(Process process) {
        this.process = process;
        Thread reader = new Thread(this::read, "cli-child-output");
        reader.setDaemon(true);
        reader.start();
    }

    static CliChild start(SeparateJvmCli cli, List<String> arguments) throws IOException {
        return new CliChild(cli.command(arguments).redirectErrorStream(true).start());
    }

    /** How many "…: queued" progress lines it printed so far. */
    int queuedLines() {
        return queuedLines;
    }

    String output() {
        return output.toString();
    }

    /** Waits for the exit (at most {@code seconds}) and returns its code; kills it and fails if it runs on. */
    int awaitExit(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after " + seconds + " s; it said: " + output());
        }
        return process.exitValue();
    }

    /** SIGKILL, then waits for the process to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new AssertionError("a killed process did not end");
        }
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                output.append(line).append('\n');
                if (line.endsWith(": queued")) {
                    queuedLines++;
                }
            }
        } catch (IOException killed) {
            // the process was killed: its output simply ends
        }
    }
}
