package io.xraydesk.api.log;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One line per record ({@code time level logger: message}), then any stack trace, all redacted. The
 * message may quote a server or a file name, so its control characters are shown escaped: nobody
 * can add a line of their own to the log.
 */
public final class RedactingFormatter extends Formatter {

    private static final int MAX_MESSAGE_CHARS = 4000;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder()
                .append(TIME.format(Instant.ofEpochMilli(record.getMillis()))).append(' ')
                .append(record.getLevel().getName()).append(' ')
                .append(record.getLoggerName()).append(": ")
                .append(PrintableText.of(formatMessage(record), MAX_MESSAGE_CHARS)).append(System.lineSeparator());
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        return Redactor.redact(line.toString());
    }
}
