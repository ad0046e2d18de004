package io.xraydesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MultipartStreamTest {

    private static final String BOUNDARY = "xYz123";

    @Test
    void readsFieldsThenALargeFileWhoseBytesLookLikeTheBoundary() throws IOException {
        byte[] file = new byte[300_000];
        byte[] trap = ("\r\n--" + BOUNDARY.substring(0, 4)).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < file.length; i++) {
            file[i] = trap[i % trap.length]; // near-delimiters everywhere, across buffer edges
        }
        MultipartStream form = new MultipartStream(oneByteAtATimeAllowed(body(file)), BOUNDARY);
        MultipartStream.Part key = form.nextPart();
        assertEquals("key", key.name());
        assertEquals("requests/a/b.pdf", new String(key.body().readAllBytes(), StandardCharsets.UTF_8));
        MultipartStream.Part filePart = form.nextPart();
        assertEquals("file", filePart.name());
        assertEquals("doc.pdf", filePart.filename());
        assertArrayEquals(file, filePart.body().readAllBytes());
        assertNull(form.nextPart());
    }

    @Test
    void aPartReadInSmallPiecesKeepsEveryByteAndEndsAtItsBoundary() throws IOException {
        byte[] file = new byte[200_000];
        byte[] trap = ("\r\n--" + BOUNDARY.substring(0, 5) + "\r").getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < file.length; i++) {
            file[i] = i % 1000 < trap.length ? trap[i % 1000] : (byte) i;
        }
        MultipartStream form = new MultipartStream(oneByteAtATimeAllowed(body(file)), BOUNDARY);
        assertEquals("requests/a/b.pdf", new String(inPieces(form.nextPart().body(), 3), StandardCharsets.UTF_8));
        assertArrayEquals(file, inPieces(form.nextPart().body(), 4099));
        assertNull(form.nextPart());
    }

    @Test
    void skipsAnUnreadPartAndParsesTheBoundaryParameter() throws IOException {
        assertEquals(BOUNDARY, MultipartStream.boundaryOf("multipart/form-data; boundary=\"" + BOUNDARY + "\""));
        assertNull(MultipartStream.boundaryOf("application/json"));
        MultipartStream form = new MultipartStream(new ByteArrayInputStream(body(new byte[] {1, 2})), BOUNDARY);
        form.nextPart();
        assertEquals("file", form.nextPart().name());
    }

    @Test
    void aBodyCutShortIsAnError() {
        byte[] whole = body(new byte[1000]);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 20);
        MultipartStream form = new MultipartStream(new ByteArrayInputStream(cut), BOUNDARY);
        assertThrows(IOException.class, () -> {
            form.nextPart();
            form.nextPart().body().readAllBytes();
        });
    }

    private static byte[] inPieces(InputStream body, int piece) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[piece];
        int n;
        while ((n = body.read(buffer, 0, piece)) >= 0) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static byte[] body(byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"key\"\r\n\r\nrequests/a/b.pdf\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"doc.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Returns short reads, like a network socket, to exercise the buffer refills. */
    private static InputStream oneByteAtATimeAllowed(byte[] bytes) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 997));
            }
        };
    }
}
