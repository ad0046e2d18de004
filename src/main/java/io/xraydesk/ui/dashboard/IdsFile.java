package io.xraydesk.ui.dashboard;

import io.xraydesk.core.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file of request ids (a text or CSV export, a column saved from a spreadsheet), read off the UI thread. */
final class IdsFile {

    /** Ten thousand ids take 250 kB: a larger file is not a list of ids. */
    static final long MAX_BYTES = 1024 * 1024;

    private IdsFile() {
    }

    /**
     * The file's text. Read as ISO-8859-1: ids are ASCII, and every byte decodes, so a file saved in any
     * encoding still yields its ids and shows its other pieces.
     */
    static String read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UnreadableException(Messages.get("dashboard.open.fileTooLarge", file, MAX_BYTES / 1024));
            }
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException unreadable) {
            throw new UnreadableException(Messages.get("dashboard.open.fileUnreadable", file));
        }
    }

    /** The file cannot be used, said in words. */
    static final class UnreadableException extends RuntimeException {

        UnreadableException(String message) {
            super(message);
        }
    }
}
