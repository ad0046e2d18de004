package io.xraydesk.cli;

import io.xraydesk.api.log.PrintableText;
import java.io.PrintStream;

/**
 * Prints lines that hold text from a server or a file name. Each line goes out escaped (see
 * {@link PrintableText}) so that no business name, error message or file name can move the cursor,
 * clear the terminal or start a line of its own: a script reading the output can trust that every
 * line was written by this program.
 */
final class SafeLines {

    /** A whole line may carry several values, each already cut to {@link PrintableText#DEFAULT_MAX_CHARS}. */
    static final int MAX_LINE_CHARS = 4000;

    private SafeLines() {
    }

    static void println(PrintStream out, String line) {
        out.println(PrintableText.of(line, MAX_LINE_CHARS));
    }

    /** {@code format} without its line end: the line is ended here, after escaping. */
    static void printf(PrintStream out, String format, Object... args) {
        println(out, String.format(format, args));
    }
}
