package io.xraydesk.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A streaming {@code multipart/form-data} reader: parts are read one after the other through
 * {@link #nextPart()}, and a part's body is an {@link InputStream} that stops at the boundary. The
 * body is never held whole in memory — only a fixed buffer — so 20 MB uploads cost 64 KiB.
 */
final class MultipartStream {

    /** Headers of one part: the form field name, and the file name when the part is a file. */
    record Part(String name, String filename, InputStream body) {
    }

    private static final int BUFFER = 64 * 1024;
    private static final int MAX_HEADER_LINE = 8 * 1024;

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buf;
    private int pos;
    private int limit;
    private boolean finished;
    private PartBody current;
    /** Where the next delimiter starts in {@link #buf}, or -1 when none was found before {@link #clearUntil}. */
    private int delimiterAt = -1;
    /**
     * No delimiter starts in {@code [pos, clearUntil)}: a part read in small pieces scans each byte
     * once, not once per piece.
     */
    private int clearUntil;

    MultipartStream(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.buf = new byte[BUFFER + delimiter.length];
        // The first boundary has no CRLF before it; pretend there was one so every delimiter looks alike.
        buf[0] = '\r';
        buf[1] = '\n';
        limit = 2;
    }

    /** The boundary parameter of a multipart Content-Type, or null. */
    static String boundaryOf(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        for (String param : contentType.split(";")) {
            String p = param.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String value = p.substring("boundary=".length());
                return value.startsWith("\"") && value.endsWith("\"") && value.length() > 1
                        ? value.substring(1, value.length() - 1) : value;
            }
        }
        return null;
    }

    /** The next part, or null after the closing boundary. Skips what is left of the previous part. */
    Part nextPart() throws IOException {
        if (current == null) {
            current = new PartBody(); // the preamble before the first boundary
        }
        current.transferTo(java.io.OutputStream.nullOutputStream());
        if (finished) {
            return null;
        }
        String name = null;
        String filename = null;
        String line;
        while (!(line = readLine()).isEmpty()) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
                name = parameter(line, "name");
                filename = parameter(line, "filename");
            }
        }
        if (name == null) {
            throw new IOException("A multipart part has no Content-Disposition name");
        }
        current = new PartBody();
        return new Part(name, filename, current);
    }

    private static String parameter(String header, String param) {
        for (String piece : header.split(";")) {
            String p = piece.trim();
            if (p.startsWith(param + "=")) {
                String v = p.substring(param.length() + 1);
                return v.startsWith("\"") && v.endsWith("\"") && v.length() > 1 ? v.substring(1, v.length() - 1) : v;
            }
        }
        return null;
    }

    private String readLine() throws IOException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= limit && !fill()) {
                throw new IOException("The multipart body ended inside part headers");
            }
            byte b = buf[pos++];
            if (b == '\n') {
                int len = sb.length();
                return len > 0 && sb.charAt(len - 1) == '\r' ? sb.substring(0, len - 1) : sb.toString();
            }
            sb.append((char) (b & 0xFF));
            if (sb.length() > MAX_HEADER_LINE) {
                throw new IOException("A multipart header line is too long");
            }
        }
    }

    /** Moves unread bytes to the start and reads more; false at end of input with nothing new. */
    private boolean fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            clearUntil = Math.max(0, clearUntil - pos);
            if (delimiterAt >= 0) {
                delimiterAt -= pos;
            }
            pos = 0;
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n <= 0) {
            return false;
        }
        limit += n;
        return true;
    }

    /**
     * Looks for the next delimiter where no earlier call looked, jumping from one CR to the next:
     * sets {@link #delimiterAt}, or moves {@link #clearUntil} to the last position a delimiter could
     * start at in what the buffer holds.
     */
    private void findDelimiter() {
        int last = limit - delimiter.length;
        for (int i = Math.max(pos, clearUntil); i <= last; i++) {
            if (buf[i] == '\r' && startsDelimiter(i)) {
                delimiterAt = i;
                return;
            }
        }
        clearUntil = Math.max(clearUntil, last + 1);
    }

    private boolean startsDelimiter(int at) {
        for (int j = 1; j < delimiter.length; j++) {
            if (buf[at + j] != delimiter[j]) {
                return false;
            }
        }
        return true;
    }

    /** Reads a part's bytes up to the next delimiter, then consumes the delimiter line. */
    private final class PartBody extends InputStream {
        private boolean done;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] dst, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            while (true) {
                if (delimiterAt < 0) {
                    findDelimiter();
                }
                int safe = (delimiterAt >= 0 ? delimiterAt : clearUntil) - pos;
                if (safe > 0) {
                    int n = Math.min(safe, len);
                    System.arraycopy(buf, pos, dst, off, n);
                    pos += n;
                    return n;
                }
                if (delimiterAt == pos) {
                    pos += delimiter.length;
                    delimiterAt = -1;
                    clearUntil = pos;
                    endOfPart();
                    return -1;
                }
                if (!fill()) {
                    throw new IOException("The multipart body ended before its closing boundary");
                }
            }
        }

        private void endOfPart() throws IOException {
            done = true;
            while (limit - pos < 2) {
                if (!fill()) {
                    throw new IOException("The multipart body ended right after a boundary");
                }
            }
            if (buf[pos] == '-' && buf[pos + 1] == '-') {
                finished = true;
                pos = limit;
                return;
            }
            readLine(); // rest of the boundary line (CRLF, possibly transport padding)
        }

        @Override
        public long transferTo(java.io.OutputStream out) throws IOException {
            byte[] chunk = new byte[8192];
            long total = 0;
            int n;
            while ((n = read(chunk, 0, chunk.length)) >= 0) {
                out.write(chunk, 0, n);
                total += n;
            }
            return total;
        }
    }
}
