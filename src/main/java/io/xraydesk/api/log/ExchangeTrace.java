package io.xraydesk.api.log;

import io.xraydesk.api.model.TolerantDates;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The diagnostic trace: while it records, every exchange with the API and with S3 is written to one
 * text file, in order, for an analyst to send to support (how to read it: docs/trace.md). Each
 * exchange shows method, URL, attempt, headers and body of the request, then status, time, headers
 * and body of the answer, all through {@link TraceRedaction}. Assumptions the reader made (a date
 * without a zone read as UTC) follow the exchange as "note" lines.
 *
 * <p>One trace per process: the command line's {@code --trace FILE} and the window's Help menu both
 * start and stop this one. Thread-safe; recording costs nothing while it is off.
 */
public final class ExchangeTrace {

    /** What the trace shows of one exchange; {@code status} 0 when no answer came ({@code outcome} says why). */
    public record Exchange(String method, String url, int attempt, Map<String, List<String>> requestHeaders,
            String requestBody, int status, String outcome, Map<String, List<String>> responseHeaders,
            String responseBody, long millis) {
    }

    /** Bodies longer than this are cut in the trace; the cut says how much is left out. */
    private static final int MAX_BODY = 256 * 1024;

    private static final Object LOCK = new Object();
    private static final Logger READING = Logger.getLogger(TolerantDates.LOGGER_NAME);
    private static final Handler NOTES = new Handler() {
        @Override
        public void publish(LogRecord note) {
            write("  note: " + Redactor.redact(note.getMessage()) + "\n");
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private static BufferedWriter out;
    private static Path file;
    private static int count;

    private ExchangeTrace() {
    }

    /** Starts recording into {@code target}, replacing its content; a trace already recording is closed first. */
    public static void start(Path target) throws IOException {
        BufferedWriter writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        synchronized (LOCK) {
            stop();
            out = writer;
            file = target;
            count = 0;
            writeLocked("X-Ray Desk diagnostic trace, started " + Instant.now()
                    + ". Credentials, signatures and upload policies are masked as " + Redactor.MASK + ".\n");
            READING.addHandler(NOTES);
            READING.setLevel(Level.INFO);
        }
    }

    /** Stops recording; the file written, or empty when none was recording. */
    public static Optional<Path> stop() {
        synchronized (LOCK) {
            if (out == null) {
                return Optional.empty();
            }
            READING.removeHandler(NOTES);
            writeLocked("End of trace, " + count + " exchange(s), " + Instant.now() + ".\n");
            try {
                out.close();
            } catch (IOException ignored) {
                // Every line was flushed as it was written: a failing close loses nothing.
            }
            out = null;
            Path written = file;
            file = null;
            return Optional.of(written);
        }
    }

    public static boolean isRecording() {
        synchronized (LOCK) {
            return out != null;
        }
    }

    /** Writes one exchange, if recording. */
    public static void record(Exchange exchange) {
        synchronized (LOCK) {
            if (out == null) {
                return;
            }
            count++;
            StringBuilder text = new StringBuilder("\n=== #").append(count).append("  ").append(Instant.now())
                    .append("  ").append(exchange.method()).append(' ').append(TraceRedaction.url(exchange.url()))
                    .append("  (attempt ").append(exchange.attempt()).append(")\n");
            text.append("--> request\n");
            headers(text, exchange.requestHeaders());
            body(text, exchange.requestBody());
            text.append("<-- ").append(exchange.status() == 0 ? "no answer: " + exchange.outcome()
                    : "HTTP " + exchange.status()).append(" after ").append(exchange.millis()).append(" ms\n");
            headers(text, exchange.responseHeaders());
            body(text, exchange.responseBody());
            writeLocked(text.toString());
        }
    }

    private static void headers(StringBuilder text, Map<String, List<String>> headers) {
        if (headers == null) {
            return;
        }
        headers.forEach((name, values) -> values.forEach(value ->
                text.append("  ").append(name).append(": ").append(TraceRedaction.value(name, value)).append('\n')));
    }

    private static void body(StringBuilder text, String body) {
        String shown = TraceRedaction.body(body);
        if (shown.isEmpty()) {
            text.append("  (no body)\n");
            return;
        }
        String cut = shown.length() > MAX_BODY ? shown.substring(0, MAX_BODY) + "\n… "
                + (shown.length() - MAX_BODY) + " more characters not shown" : shown;
        text.append("  body:\n");
        cut.lines().forEach(line -> text.append("    ").append(line).append('\n'));
    }

    private static void write(String text) {
        synchronized (LOCK) {
            if (out != null) {
                writeLocked(text);
            }
        }
    }

    /**
     * A trace that cannot be written (disk full, folder removed) stops recording rather than failing
     * the call it was describing; the log says so.
     */
    private static void writeLocked(String text) {
        try {
            out.write(text);
            out.flush();
        } catch (IOException unwritable) {
            READING.removeHandler(NOTES);
            Logger.getLogger(ExchangeTrace.class.getName()).log(Level.WARNING,
                    "diagnostic trace stopped, cannot write it: " + unwritable.getMessage());
            try {
                out.close();
            } catch (IOException alsoUnclosable) {
                unwritable.addSuppressed(alsoUnclosable);
            }
            out = null;
            file = null;
        }
    }
}
